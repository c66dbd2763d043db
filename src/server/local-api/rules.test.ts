import { describe, expect, it } from 'vitest';
import { postHogPropertyOperators } from '../../contract/filters';
import { ruleKinds, ruleResourcePaths } from '../../contract/rules';
import {
  chrome,
  invalid,
  malformedIds,
  methodNotAllowed,
  notFound,
  setupRules as setup,
  typeError,
  unknownId,
  validBody,
} from './rules-test-helpers';

describe.each(ruleKinds)('%s rules', (kind) => {
  it('creates a rule (201) with the contract shape and retrieves it', async () => {
    const { call, path, create } = setup(kind);
    const created = await create();
    const expected: Record<string, unknown> = {
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      filters: typeError,
      order_key: 0,
      disabled_data: null,
      created_at: expect.any(String),
      updated_at: expect.any(String),
      ...{
        assignment: { assignee: { type: 'user', id: 7 } },
        grouping: { assignee: null, description: 'All type errors', issue: null },
        suppression: { sampling_rate: 0.5 },
      }[kind],
    };
    expect(created).toEqual(expected);
    const res = await call('GET', `${path()}/${created.id}/`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual(created);
  });

  it(
    kind === 'assignment'
      ? 'uses order_key from the request, 0 when omitted'
      : 'ignores order_key in the request, as PostHog: a new rule gets 0',
    async () => {
      const { create } = setup(kind);
      expect((await create({ ...validBody[kind], order_key: 4 })).order_key).toBe(kind === 'assignment' ? 4 : 0);
      expect((await create()).order_key).toBe(0);
    },
  );

  it('serves the same data under /environments and /projects, with or without a trailing slash', async () => {
    const { call, path, create } = setup(kind);
    const created = await create();
    for (const url of [`${path(1, 'projects')}/${created.id}`, `${path(1, 'environments')}/${created.id}`]) {
      expect((await call('GET', url)).json).toEqual(created);
      expect((await call('GET', `${url}/`)).json).toEqual(created);
    }
    for (const url of [path(1, 'projects'), `${path(1, 'projects')}/`, path(1, 'environments')]) {
      const res = await call('GET', url);
      expect(res.status).toBe(200);
      expect(res.json.results.map((rule: { id: string }) => rule.id)).toEqual([created.id]);
    }
    const viaProjects = await call('POST', path(1, 'projects'), { body: validBody[kind] });
    expect(viaProjects.status).toBe(201);
    expect((await call('GET', `${path()}/${viaProjects.json.id}`)).status).toBe(200);
  });

  it('lists rules by order_key, then created_at', async () => {
    const { call, path, create, db } = setup(kind);
    const ids: string[] = [];
    const setOrder = db.prepare('UPDATE rules SET order_key = ? WHERE id = ?');
    for (const orderKey of [2, 0, 1, 0]) {
      const { id } = await create();
      setOrder.run(orderKey, id);
      ids.push(id);
    }
    // Equal order keys fall back to creation time: date the larger id earlier, so id order cannot pass for it.
    const [early, late] = ids[1]! > ids[3]! ? [ids[1]!, ids[3]!] : [ids[3]!, ids[1]!];
    const date = db.prepare('UPDATE rules SET created_at = ? WHERE id = ?');
    date.run('2020-01-01T00:00:00.000Z', early);
    date.run('2020-01-02T00:00:00.000Z', late);
    const res = await call('GET', `${path()}/`);
    expect(res.json.results.map((rule: { id: string }) => rule.id)).toEqual([early, late, ids[2], ids[0]]);
  });

  it('answers 404 not_found for malformed and unknown ids on every method', async () => {
    const { call, path, create, snapshot } = setup(kind);
    await create();
    const before = snapshot();
    for (const id of [...malformedIds, unknownId]) {
      for (const method of ['GET', 'PATCH', 'PUT', 'DELETE']) {
        const res = await call(method, `${path()}/${id}/`, method.startsWith('P') ? { body: {} } : {});
        expect(res.status, `${method} ${id}`).toBe(404);
        expect(res.json).toEqual(notFound);
      }
    }
    expect(snapshot()).toEqual(before);
  });

  it('updates with PATCH and PUT: 204 with an empty body and no content-type', async () => {
    const { call, path, create, row } = setup(kind);
    const { id } = await create();
    for (const method of ['PATCH', 'PUT']) {
      const filters = method === 'PATCH' ? chrome : typeError;
      const res = await call(method, `${path()}/${id}/`, { body: { filters } });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(res.headers.get('content-type')).toBeNull();
      expect(JSON.parse(row(id).filters as string)).toEqual(filters);
    }
  });

  it('resets disabled_data and sets updated_at on every successful update', async () => {
    const { call, path, create, db, row } = setup(kind);
    const { id } = await create();
    const disable = db.prepare(
      'UPDATE rules SET disabled_data = \'{"message":"boom","props":{}}\', updated_at = \'2020-01-01T00:00:00.000Z\' WHERE id = ?',
    );
    disable.run(id);
    expect((await call('GET', `${path()}/${id}`)).json.disabled_data).toEqual({ message: 'boom', props: {} });
    expect((await call('PATCH', `${path()}/${id}/`, { body: {} })).status).toBe(204);
    const rule = (await call('GET', `${path()}/${id}`)).json;
    expect(rule.disabled_data).toBeNull();
    expect(rule.updated_at).not.toBe('2020-01-01T00:00:00.000Z');
    expect(row(id).disabled_data).toBeNull();

    disable.run(id);
    expect((await call('PUT', `${path()}/${id}/`, { body: { filters: chrome } })).status).toBe(204);
    expect(row(id).disabled_data).toBeNull();
  });

  it('ignores unknown and read-only fields in an update', async () => {
    const { call, path, create, db } = setup(kind);
    const created = await create();
    db.prepare('UPDATE rules SET disabled_data = \'{"message":"boom"}\' WHERE id = ?').run(created.id);
    const res = await call('PATCH', `${path()}/${created.id}/`, {
      body: {
        id: unknownId,
        order_key: 99,
        disabled_data: { message: 'set by client' },
        created_at: '1999-01-01T00:00:00Z',
        updated_at: '1999-01-01T00:00:00Z',
        issue: { id: unknownId, name: 'x' },
        bogus: true,
      },
    });
    expect(res.status).toBe(204);
    const after = (await call('GET', `${path()}/${created.id}`)).json;
    expect(after).toEqual({ ...created, updated_at: expect.any(String) });
    expect(after.updated_at).not.toBe('1999-01-01T00:00:00Z');
  });

  it('deletes a rule (204, empty), then answers 404', async () => {
    const { call, path, create, snapshot } = setup(kind);
    const { id } = await create();
    const keep = await create();
    const res = await call('DELETE', `${path()}/${id}/`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(res.headers.get('content-type')).toBeNull();
    expect((await call('GET', `${path()}/${id}/`)).json).toEqual(notFound);
    expect((await call('DELETE', `${path()}/${id}/`)).status).toBe(404);
    expect(snapshot().map((rule: any) => rule.id)).toEqual([keep.id]);
  });

  it('keeps environments apart: a rule of env 1 is 404 through env 2', async () => {
    const { call, path, create, snapshot } = setup(kind);
    const { id } = await create();
    const before = snapshot();
    for (const method of ['GET', 'PATCH', 'PUT', 'DELETE']) {
      const res = await call(method, `${path(2)}/${id}/`, method.startsWith('P') ? { body: { filters: chrome } } : {});
      expect(res.status, method).toBe(404);
      expect(res.json).toEqual(notFound);
    }
    expect((await call('GET', `${path(2, 'projects')}/`)).json.results).toEqual([]);
    expect(snapshot()).toEqual(before);
  });

  it('does not show rules of the other kinds', async () => {
    const { call, path, create } = setup(kind);
    const mine = await create();
    for (const other of ruleKinds.filter((k) => k !== kind)) {
      const res = await call('POST', `/api/environments/1/error_tracking/${ruleResourcePaths[other]}/`, {
        body: validBody[other],
      });
      expect(res.status).toBe(201);
      expect((await call('GET', `${path()}/${res.json.id}/`)).status).toBe(404);
    }
    expect((await call('GET', `${path()}/`)).json.results.map((rule: { id: string }) => rule.id)).toEqual([mine.id]);
  });

  it('answers 405 method_not_allowed for other methods', async () => {
    const { call, path, create } = setup(kind);
    const { id } = await create();
    const cases: Array<[string, string]> = [
      ['PUT', '/'],
      ['PATCH', '/'],
      ['DELETE', '/'],
      ['POST', `/${id}/`],
      ['GET', '/reorder/'],
      ['POST', '/reorder'],
      ['PUT', '/reorder/'],
      ['DELETE', '/reorder/'],
    ];
    for (const [method, suffix] of cases) {
      const res = await call(method, `${path()}${suffix}`, method === 'GET' ? {} : { body: {} });
      expect(res.status, `${method} ${suffix}`).toBe(405);
      expect(res.json).toEqual(methodNotAllowed(method));
    }
    expect((await call('GET', `${path()}/${id}`)).status).toBe(200);
  });

  it('answers 400 parse_error for malformed JSON and 415 for a non-JSON body, changing nothing', async () => {
    const { call, path, create, snapshot } = setup(kind);
    const { id } = await create();
    const before = snapshot();
    for (const [method, url] of [
      ['POST', `${path()}/`],
      ['PATCH', `${path()}/${id}/`],
      ['PUT', `${path()}/${id}/`],
      ['PATCH', `${path()}/reorder/`],
    ] as const) {
      const broken = await call(method, url, { body: '{"filters": ' });
      expect(broken.status, `${method} ${url}`).toBe(400);
      expect(broken.json).toMatchObject({ type: 'validation_error', code: 'parse_error', attr: null });
      expect(broken.json.detail).toMatch(/^JSON parse error - /);

      const text = await call(method, url, { body: 'filters=x', headers: { 'Content-Type': 'text/plain' } });
      expect(text.status).toBe(415);
      expect(text.json).toEqual({
        type: 'invalid_request',
        code: 'unsupported_media_type',
        detail: 'Unsupported media type "text/plain" in request.',
        attr: null,
      });

      const list = await call(method, url, { body: '[1]' });
      expect(list.status).toBe(400);
      expect(list.json.detail).toBe('Invalid data. Expected a dictionary, but got list.');
    }
    expect(snapshot()).toEqual(before);
  });

  it('accepts filters as PostHog does (its 23 operators, {} leaves, null values) and stores them byte for byte', async () => {
    const { call, path, create, row } = setup(kind);
    const values = [
      ...postHogPropertyOperators.map((operator) => ({ value: 'x', operator, key: '$lib' })),
      {},
      { type: 'hogql', key: "properties.$lib = 'web'", value: null },
      { type: 'OR', values: [{ key: '$os', operator: 'is_cleaned_path_exact', value: null, label: 'kept' }] },
    ];
    const filters = { type: 'AND', values };
    const { id } = await create({ ...validBody[kind], filters });
    expect(row(id).filters).toBe(JSON.stringify(filters));
    const edited = { type: 'OR', values: [{}, { operator: 'flag_evaluates_to', key: 'beta', value: false }] };
    expect((await call('PATCH', `${path()}/${id}/`, { body: { filters: edited } })).status).toBe(204);
    expect(row(id).filters).toBe(JSON.stringify(edited));
  });

  it('refuses an operator PostHog does not have, saying which', async () => {
    const { call, path } = setup(kind);
    const filters = { type: 'AND', values: [{ key: '$lib', operator: 'sounds_like', value: 'web' }] };
    const res = await call('POST', `${path()}/`, { body: { ...validBody[kind], filters } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(invalid('"sounds_like" is not a valid operator.', 'filters__values__0'));
  });

  it('answers 400 for invalid filters, changing nothing', async () => {
    const { call, path, create, snapshot } = setup(kind);
    const { id } = await create();
    const before = snapshot();
    const bad = { type: 'XOR', values: [] };
    const created = await call('POST', `${path()}/`, { body: { ...validBody[kind], filters: bad } });
    expect(created.status).toBe(400);
    expect(created.json).toEqual(invalid('Match type must be "AND" or "OR".', 'filters__type'));
    const updated = await call('PATCH', `${path()}/${id}/`, {
      body: { filters: { type: 'AND', values: [{ operator: 'exact' }] } },
    });
    expect(updated.status).toBe(400);
    expect(updated.json.attr).toMatch(/^filters/);
    expect(snapshot()).toEqual(before);
  });

  describe('reorder', () => {
    it('sets order_key of the named rules only; unknown, foreign-environment and other-kind ids are untouched', async () => {
      const { call, path, create, row, snapshot } = setup(kind);
      const [a, b, c] = [await create(), await create(), await create()];
      const otherEnv = await create(validBody[kind], 2);
      const otherKind = ruleKinds.find((k) => k !== kind)!;
      const foreignKind = await call('POST', `/api/environments/1/error_tracking/${ruleResourcePaths[otherKind]}/`, {
        body: validBody[otherKind],
      });
      const before = snapshot() as Array<Record<string, unknown>>;
      const res = await call('PATCH', `${path()}/reorder/`, {
        body: {
          orders: {
            [a.id]: 5,
            [b.id.toUpperCase()]: 3,
            [unknownId]: 1,
            'not-a-uuid': 2,
            [otherEnv.id]: 9,
            [foreignKind.json.id]: 9,
          },
        },
      });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(res.headers.get('content-type')).toBeNull();
      expect(row(a.id).order_key).toBe(5);
      expect(row(b.id).order_key).toBe(3);
      const unchanged = (id: string) => expect(row(id)).toEqual(before.find((r) => r.id === id));
      [c.id, otherEnv.id, foreignKind.json.id].forEach(unchanged);
      // Reorder changes order_key only, like PostHog's bulk_update.
      expect(row(a.id)).toEqual({ ...before.find((r) => r.id === a.id), order_key: 5 });
      const list = await call('GET', `${path()}`);
      expect(list.json.results.map((rule: { id: string }) => rule.id)).toEqual([c.id, b.id, a.id]);
    });

    it('answers without a trailing slash and through /projects', async () => {
      const { call, path, create, row } = setup(kind);
      const { id } = await create();
      expect((await call('PATCH', `${path(1, 'projects')}/reorder`, { body: { orders: { [id]: -2 } } })).status).toBe(
        204,
      );
      expect(row(id).order_key).toBe(-2);
    });

    it.each([
      ['orders missing', {}],
      ['orders null', { orders: null }],
      ['orders a list', { orders: [1, 2] }],
      ['orders a string', { orders: 'x' }],
      ['a string order', { orders: { ID: '1' } }],
      ['a fractional order', { orders: { ID: 1.5 } }],
      ['an unsafe integer', { orders: { ID: 1e300 } }],
      ['a boolean order', { orders: { ID: true } }],
    ])('answers 400 attr orders for %s, changing nothing', async (_name, template) => {
      const { call, path, create, snapshot } = setup(kind);
      const { id } = await create();
      const other = await create();
      const body = JSON.parse(JSON.stringify(template).replace('"ID"', `"${id}"`)) as Record<string, unknown>;
      if (body.orders && typeof body.orders === 'object' && !Array.isArray(body.orders)) {
        (body.orders as Record<string, unknown>)[other.id] = 7;
      }
      const before = snapshot();
      const res = await call('PATCH', `${path()}/reorder/`, { body });
      expect(res.status).toBe(400);
      const expected =
        body.orders === undefined
          ? { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'orders' }
          : invalid('Expected a map of rule ids to integer order keys.', 'orders');
      expect(res.json).toEqual(expected);
      expect(snapshot()).toEqual(before);
    });
  });
});
