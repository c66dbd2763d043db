import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesDocumentJsonSchema } from '../../contract/rules-document';
import { createApp } from '../app';
import { openDatabase } from '../store/database';

const committed: unknown = JSON.parse(readFileSync('docs/schema/rules-document-v1.json', 'utf8'));

describe('the rules document JSON Schema', () => {
  it('is committed in docs/schema as the zod schema generates it (node --import tsx scripts/write-rules-document-schema.ts)', () => {
    expect(committed).toEqual(rulesDocumentJsonSchema());
  });
});

describe('GET /schema/rules-document-v1.json', () => {
  it.each([null, 'a-dashboard-token-long-enough'])(
    'answers the committed JSON Schema without a session, cacheable (DASHBOARD_TOKEN %s)',
    async (dashboardToken) => {
      const app = createApp({ db: openDatabase(':memory:'), dashboardToken, distDir: '/nonexistent-dist' });
      const response = await app.request('/schema/rules-document-v1.json');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
      expect(await response.json()).toEqual(committed);
    },
  );
});
