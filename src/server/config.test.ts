import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('readConfig', () => {
  it('defaults to 127.0.0.1:8010, ./data and demo data', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8010, demo: true, dashboardToken: null });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('refuses a non-loopback host without DASHBOARD_TOKEN', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(/DASHBOARD_TOKEN/);
    expect(readConfig({ HOST: '0.0.0.0', DASHBOARD_TOKEN: 'x'.repeat(24) }).host).toBe('0.0.0.0');
  });

  it('refuses a short token and a bad port; DEMO=0 turns demo data off', () => {
    expect(() => readConfig({ DASHBOARD_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(readConfig({ DEMO: '0' }).demo).toBe(false);
  });

  it('limits a key as PostHog does unless RATE_LIMIT_PER_MINUTE says otherwise, and refuses a bad one', () => {
    expect(readConfig({}).rateLimits).toEqual({ perMinute: 480, perHour: 4800 });
    expect(readConfig({ RATE_LIMIT_PER_MINUTE: '6000' }).rateLimits).toEqual({ perMinute: 6000, perHour: 60000 });
    for (const bad of ['0', '-5', '1.5', 'lots'])
      expect(() => readConfig({ RATE_LIMIT_PER_MINUTE: bad }), bad).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it('keeps 100,000 events or 30 days per environment unless EVENTS_MAX_* say otherwise, and refuses bad values', () => {
    expect(readConfig({}).retention).toEqual({ maxEventsPerEnvironment: 100_000, maxAgeDays: 30 });
    expect(readConfig({ EVENTS_MAX_PER_ENVIRONMENT: '500', EVENTS_MAX_AGE_DAYS: '7' }).retention).toEqual({
      maxEventsPerEnvironment: 500,
      maxAgeDays: 7,
    });
    for (const bad of ['0', '-5', '1.5', 'lots']) {
      expect(() => readConfig({ EVENTS_MAX_PER_ENVIRONMENT: bad }), bad).toThrow(/EVENTS_MAX_PER_ENVIRONMENT/);
      expect(() => readConfig({ EVENTS_MAX_AGE_DAYS: bad }), bad).toThrow(/EVENTS_MAX_AGE_DAYS/);
    }
  });
});
