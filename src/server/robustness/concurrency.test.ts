import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import { addRule, rulesPath, unlimited } from './fixture.test-support';

const ruleCount = 30;
const clients = 6;
const operationsPerClient = 30;

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffle = <T>(items: T[]) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { next, shuffle };
}

type ListedRule = { id: string; order_key: number; filters: { values: Array<{ value: unknown }> } };

const markerOf = (rule: ListedRule) => (rule.filters.values[0]?.value as unknown[] | undefined)?.[0];
const filtersMarked = (marker: string) => ({
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [marker] }],
});

describe('parallel reorders, edits and creates from several clients over HTTP', () => {
  const server = makeTestServer({ rateLimits: unlimited });
  const initial = Array.from({ length: ruleCount }, (_, index) => addRule(server.db, 1, 'assignment', index));
  const base = rulesPath(1, 'assignment');
  let http: ServerType;
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((ready) => {
      http = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
        origin = `http://127.0.0.1:${info.port}`;
        ready();
      });
    });
  });
  afterAll(() => new Promise<void>((done) => http.close(() => done())));

  const request = (method: string, path: string, body?: unknown) =>
    fetch(`${origin}${path}`, {
      method,
      headers: { Authorization: `Bearer ${server.key}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('ends consistent, and every list answer along the way is a permutation of the stored rules', async () => {
    const initialOrder = Object.fromEntries(initial.map((id, index) => [id, index]));
    // Every full reorder sent; a list must show exactly one of them for the initial rules, never a mixture.
    const reorders: Array<Record<string, number>> = [initialOrder];
    // Creates are known by the marker in their filters before they are sent: a list may see one before its 201 arrives.
    const attemptedCreates = new Set<unknown>();
    const ackedCreates = new Set<string>();
    const lastEdit = new Map<string, string>();
    const listProblems: string[] = [];
    let lists = 0;

    const checkList = (rules: ListedRule[], count: number, ackedBefore: Set<string>) => {
      lists += 1;
      const ids = rules.map((rule) => rule.id);
      const problems = [
        new Set(ids).size !== ids.length && 'duplicate ids',
        count !== ids.length && `count ${count} but ${ids.length} results`,
        initial.some((id) => !ids.includes(id)) && 'an initial rule is missing',
        [...ackedBefore].some((id) => !ids.includes(id)) && 'an acknowledged create is missing',
        rules.some((rule) => !(rule.id in initialOrder) && !attemptedCreates.has(markerOf(rule))) &&
          'a rule nobody created',
        rules.some((rule, i) => i > 0 && rule.order_key < rules[i - 1]!.order_key) && 'not in order_key order',
        !reorders.some((orders) => rules.every((rule) => !(rule.id in orders) || orders[rule.id] === rule.order_key)) &&
          'order keys mix two reorders',
      ].filter((problem): problem is string => problem !== false);
      if (problems.length > 0) listProblems.push(problems.join(', '));
    };

    const client = async (clientIndex: number) => {
      const rng = random(1000 + clientIndex);
      const owned = initial.filter((_, index) => index % clients === clientIndex);
      for (let step = 0; step < operationsPerClient; step++) {
        const roll = rng.next();
        if (roll < 0.3) {
          const orders = Object.fromEntries(rng.shuffle(initial).map((id, index) => [id, index]));
          reorders.push(orders);
          expect((await request('PATCH', `${base}/reorder/`, { orders })).status).toBe(204);
        } else if (roll < 0.55) {
          const id = owned[Math.floor(rng.next() * owned.length)]!;
          const marker = `client-${clientIndex}-step-${step}`;
          expect((await request('PATCH', `${base}/${id}/`, { filters: filtersMarked(marker) })).status).toBe(204);
          lastEdit.set(id, marker);
        } else if (roll < 0.7 && clientIndex < 2) {
          const marker = `created-${clientIndex}-${step}`;
          attemptedCreates.add(marker);
          const response = await request('POST', `${base}/`, {
            filters: filtersMarked(marker),
            assignee: null,
            order_key: 1000 + step,
          });
          expect(response.status).toBe(201);
          ackedCreates.add(((await response.json()) as { id: string }).id);
        } else {
          const ackedBefore = new Set(ackedCreates);
          const response = await request('GET', `${base}/?limit=1000`);
          expect(response.status).toBe(200);
          const page = (await response.json()) as { count: number; results: ListedRule[] };
          checkList(page.results, page.count, ackedBefore);
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));

    expect(listProblems).toEqual([]);
    expect(lists).toBeGreaterThan(10);
    const final = (await (await request('GET', `${base}/?limit=1000`)).json()) as { results: ListedRule[] };
    const finalIds = final.results.map((rule) => rule.id);
    expect(finalIds.length).toBe(new Set(finalIds).size);
    expect(new Set(finalIds)).toEqual(new Set([...initial, ...ackedCreates]));
    const finalOrder = Object.fromEntries(final.results.map((rule) => [rule.id, rule.order_key]));
    expect(reorders.filter((orders) => initial.every((id) => finalOrder[id] === orders[id]))).not.toHaveLength(0);
    for (const [id, marker] of lastEdit) {
      const rule = final.results.find((candidate) => candidate.id === id)!;
      expect({ id, value: rule.filters.values[0]!.value }).toEqual({ id, value: [marker] });
    }
  }, 30_000);
});
