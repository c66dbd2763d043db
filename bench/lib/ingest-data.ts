import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Db } from '../../src/server/store/database';

const kinds = ['grouping', 'suppression', 'assignment'] as const;
const types = Array.from({ length: 20 }, (_, n) => `Error${n}`);

/**
 * `perKind` rules of each kind in environment 1, replacing its own, ordered so most events meet every rule before
 * one matches: the first rules of each kind test values no event has (exact, icontains, regex, not_icontains on
 * the exception arrays and on plain properties); the last ones match some or all events.
 */
export function loadIngestRules(db: Db, perKind: number): void {
  db.prepare('DELETE FROM rules WHERE team_id = 1').run();
  const insert = db.prepare(
    `INSERT INTO rules (id, team_id, kind, filters, assignee, sampling_rate, order_key, created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const missing = (n: number) => {
    const leaves = [
      { key: '$exception_types', type: 'event', operator: 'exact', value: [`Never${n}`, `Nor${n}`] },
      { key: '$exception_values', type: 'event', operator: 'icontains', value: `no such message ${n}` },
      { key: '$exception_values', type: 'event', operator: 'regex', value: `^absent-${n}-[0-9]+$` },
      { key: '$current_url', type: 'event', operator: 'icontains', value: `/nowhere/${n}` },
    ];
    return { type: n % 2 === 0 ? 'OR' : 'AND', values: [leaves[n % 4]!, leaves[(n + 1) % 4]!] };
  };
  const matching = {
    grouping: (n: number) => ({
      type: 'OR',
      values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [types[n % types.length]!] }],
    }),
    suppression: () => ({
      type: 'OR',
      values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['Error19'] }],
    }),
    assignment: () => ({ type: 'AND', values: [] }),
  };
  db.transaction(() => {
    for (const kind of kinds) {
      for (let n = 0; n < perKind; n++) {
        // Grouping: the last five group five of the twenty types; suppression and assignment: the last one matches.
        const matches = kind === 'grouping' ? n >= perKind - 5 : n === perKind - 1;
        const filters = matches ? matching[kind](n) : missing(n);
        const at = new Date(Date.parse('2026-01-01T00:00:00Z') + n * 1000).toISOString();
        insert.run(
          randomUUID(),
          kind,
          JSON.stringify(filters),
          kind === 'suppression' ? null : JSON.stringify({ type: 'user', id: 1 + (n % 8) }),
          kind === 'suppression' ? 0.5 : null,
          n,
          at,
          at,
        );
      }
    }
  })();
}

/** `count` gzip bodies of `size` distinct events each, as posthog-node sends them, made before the clock starts. */
export function ingestBodies(token: string, count: number, size: number): Uint8Array<ArrayBuffer>[] {
  return Array.from({ length: count }, (_, request) => {
    const batch = Array.from({ length: size }, (_, index) => {
      const n = request * size + index;
      const type = types[n % types.length]!;
      return {
        event: '$exception',
        distinct_id: `user-${n % 500}`,
        uuid: randomUUID(),
        timestamp: new Date().toISOString(),
        properties: {
          $lib: 'posthog-node',
          $lib_version: '5.70.0',
          $current_url: `https://shop.example.com/page/${n % 40}`,
          $exception_list: [
            {
              type,
              value: `${type}: request ${n % 7} failed`,
              mechanism: { handled: n % 3 === 0, type: 'generic' },
              stacktrace: {
                type: 'raw',
                frames: [
                  { filename: 'node_modules/lib/index.js', function: 'call', lineno: 10, in_app: false },
                  { filename: `src/routes/route-${n % 12}.ts`, function: `handle${n % 12}`, lineno: 42, in_app: true },
                ],
              },
            },
          ],
        },
      };
    });
    return new Uint8Array(gzipSync(JSON.stringify({ api_key: token, batch, sent_at: new Date().toISOString() })));
  });
}
