import { describe, expect, it } from 'vitest';
import { postHogIngestionHost } from './ingestion-host';

describe('postHogIngestionHost', () => {
  it.each([
    ['https://us.posthog.com', 'https://us.i.posthog.com'],
    ['https://eu.posthog.com/', 'https://eu.i.posthog.com'],
    ['https://EU.posthog.com', 'https://eu.i.posthog.com'],
    ['https://app.posthog.com', 'https://us.i.posthog.com'],
    ['https://posthog.example.com', 'https://posthog.example.com'],
    ['http://127.0.0.1:8000/', 'http://127.0.0.1:8000'],
    ['https://us.posthog.com.example.net', 'https://us.posthog.com.example.net'],
  ])('%s takes events at %s', (appHost, ingestion) => {
    expect(postHogIngestionHost(appHost)).toBe(ingestion);
  });
});
