import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKeysCli } from '../cli/keys-commands';
import { openDatabase } from '../store/database';
import { startServerProcess } from './server-process.test-support';

const dataDir = mkdtempSync(join(tmpdir(), 'tc-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Well under PostHog's 480 requests a minute per key, which the real server enforces.
const maxRequests = 300;
const killAfterCreates = 60;
const killAfterReorders = 5;
const parallelCreates = 4;
const createOrderKey = (index: number) => 1000 + index;
const rulesPath = '/api/environments/1/error_tracking/assignment_rules';

type Rule = { id: string; order_key: number; filters: { values: Array<{ value: string[] }> } };
type Reorder = { orders: Record<string, number>; acked: boolean };

function createKey(): string {
  const db = openDatabase(dataDir);
  try {
    const result = runKeysCli(['create', '--label', 'crash test', '--scopes', '*'], () => db);
    expect(result.exitCode).toBe(0);
    return result.stdout.trim();
  } finally {
    db.close();
  }
}

/** A rule takes the key of the latest committed reorder naming it, else the one it was created with. */
function expectedOrder(rules: Rule[], reorders: Reorder[], last: number, created: Map<string, number>) {
  return Object.fromEntries(
    rules.map((rule) => {
      const latest = reorders
        .slice(0, last + 1)
        .reverse()
        .find((reorder) => rule.id in reorder.orders);
      return [rule.id, latest ? latest.orders[rule.id] : created.get(markerOf(rule))];
    }),
  );
}

const markerOf = (rule: Rule) => rule.filters.values[0]!.value[0]!;
const filtersMarked = (marker: string) => ({
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [marker] }],
});

describe('crash safety: SIGKILL in the middle of a stream of writes', () => {
  it('keeps every acknowledged write, and the rule order is one consistent reorder state', async () => {
    const secret = createKey();
    const first = startServerProcess(dataDir, { DEMO: '0' });
    const url = await first.ready;
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    // What was sent and what was acknowledged; a request cut off by the kill is neither acked nor refused.
    const sentMarkers = new Map<string, number>();
    const ackedCreates = new Map<string, string>();
    const reorders: Reorder[] = [];
    let requests = 0;
    let killed = false;
    const started = Date.now();
    const running = () => !killed && requests < maxRequests && Date.now() - started < 15_000;
    const kill = () => {
      if (killed) return;
      killed = true;
      first.child.kill('SIGKILL');
    };

    const creator = async (lane: number) => {
      for (let index = lane; running(); index += parallelCreates) {
        const marker = `crash-${index}`;
        sentMarkers.set(marker, createOrderKey(index));
        requests += 1;
        const response = await call('POST', `${rulesPath}/`, {
          filters: filtersMarked(marker),
          assignee: null,
          order_key: createOrderKey(index),
        }).catch(() => null);
        if (response === null) return;
        expect(response.status).toBe(201);
        ackedCreates.set(((await response.json()) as { id: string }).id, marker);
        const ackedReorders = reorders.filter((reorder) => reorder.acked).length;
        if (ackedCreates.size >= killAfterCreates && ackedReorders >= killAfterReorders) kill();
      }
    };
    // Reorders go one at a time, so the server commits them in the order they were sent.
    const reorderer = async () => {
      let turn = 0;
      while (running()) {
        const ids = [...ackedCreates.keys()];
        const shift = ids.length === 0 ? 0 : turn % ids.length;
        const permuted = [...ids.slice(shift), ...ids.slice(0, shift)].reverse();
        turn += 7;
        const reorder: Reorder = { orders: Object.fromEntries(permuted.map((id, i) => [id, i])), acked: false };
        reorders.push(reorder);
        requests += 1;
        const response = await call('PATCH', `${rulesPath}/reorder/`, { orders: reorder.orders }).catch(() => null);
        if (response === null) return;
        expect(response.status).toBe(204);
        reorder.acked = true;
      }
    };
    await Promise.all([...Array.from({ length: parallelCreates }, (_, lane) => creator(lane)), reorderer()]);
    kill();
    expect(await first.exited).toBe(null);
    expect(ackedCreates.size).toBeGreaterThanOrEqual(killAfterCreates);

    const second = startServerProcess(dataDir, { DEMO: '0' });
    const secondUrl = await second.ready;
    expect(second.output()).not.toMatch(/created an empty/);
    const list = await fetch(`${secondUrl}${rulesPath}/?limit=1000`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(list.status).toBe(200);
    const rules = ((await list.json()) as { results: Rule[] }).results;

    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    expect([...ackedCreates].filter(([id, marker]) => byId.get(id) && markerOf(byId.get(id)!) !== marker)).toEqual([]);
    expect([...ackedCreates.keys()].filter((id) => !byId.has(id))).toEqual([]);
    const markers = rules.map(markerOf);
    expect(new Set(markers).size).toBe(markers.length);
    expect(markers.filter((marker) => !sentMarkers.has(marker))).toEqual([]);

    // The order is the state after the last acknowledged reorder, or after the one in flight when it died.
    const lastAcked = reorders.findLastIndex((reorder) => reorder.acked);
    const candidates = [lastAcked, ...(lastAcked + 1 < reorders.length ? [lastAcked + 1] : [])];
    const actual = Object.fromEntries(rules.map((rule) => [rule.id, rule.order_key]));
    const matching = candidates.filter((last) => {
      const expected = expectedOrder(rules, reorders, last, sentMarkers);
      return rules.every((rule) => expected[rule.id] === actual[rule.id]);
    });
    expect({ lastAcked, reorders: reorders.length, matching: matching.length > 0 }).toEqual({
      lastAcked,
      reorders: reorders.length,
      matching: true,
    });
    const applied = reorders[matching[0]!]!;
    const positions = Object.keys(applied.orders)
      .map((id) => actual[id]!)
      .sort((a, b) => a - b);
    expect(positions).toEqual(positions.map((_, index) => index));

    const after = await fetch(`${secondUrl}${rulesPath}/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ filters: filtersMarked('after-restart'), assignee: null }),
    });
    expect(after.status).toBe(201);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 40_000);
});
