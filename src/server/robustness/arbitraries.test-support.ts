import fc from 'fast-check';

export type BodySpec = { body?: string; contentType?: string };

/** Built as text: JSON.stringify itself overflows on such values. */
export function deepJson(depth: number, shape: 'array' | 'object' | 'filters'): string {
  if (shape === 'array') return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  if (shape === 'object') return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const leaf = '{"key":"$browser","operator":"exact","value":"x"}';
  return `${'{"type":"AND","values":['.repeat(depth)}${leaf}${']}'.repeat(depth)}`;
}

const deep = fc
  .tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom('array', 'object', 'filters') as fc.Arbitrary<'array'>)
  .map(([depth, shape]) => deepJson(depth, shape));

const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }), fc.integer({ min: 1_000, max: 50_000 }))
  .map(([unit, times]) => unit.repeat(times).slice(0, 200_000));

const oddLiterals = fc.constantFrom(
  'null',
  'true',
  '""',
  '[]',
  '{}',
  '1e999',
  '-1e999',
  '-0',
  '0.5',
  '1.0',
  '-1',
  '2147483648',
  '9007199254740993',
  '1e-400',
  '"\\u0000"',
  '"\\ud800"',
  '" "',
  '"00000000-0000-4000-8000-000000000000"',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '[null]',
  '{"type":"group","id":"x"}',
);

export const hostileJson: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
  { weight: 3, arbitrary: oddLiterals },
  { weight: 1, arbitrary: hugeString.map((text) => JSON.stringify(text)) },
  { weight: 2, arbitrary: deep },
);

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((child, index) => [index, child] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

const marker = '\u0001hostile\u0001';

function mutate(template: unknown, path: Path, hostile: string, removal: boolean): string {
  const copy = structuredClone(template) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (removal && !Array.isArray(parent)) delete parent[last];
  else parent[last] = marker;
  return JSON.stringify(copy).replace(JSON.stringify(marker), hostile);
}

const extraKeys = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'id', 'team_id', 'order_key', 'disabled_data', 'created_at', 'kind'),
  fc.string({ maxLength: 12 }),
);

export function bodyTextFrom(template: Record<string, unknown>): fc.Arbitrary<string | undefined> {
  const paths = pathsOf(template);
  const valid = JSON.stringify(template);
  const replaced =
    paths.length === 0
      ? fc.constant(valid)
      : fc
          .tuple(fc.constantFrom(...paths), hostileJson, fc.nat({ max: 4 }))
          .map(([path, hostile, roll]) => mutate(template, path, hostile, roll === 0));
  const added = fc
    .tuple(extraKeys, hostileJson)
    .map(([key, hostile]) => `{${JSON.stringify(key)}:${hostile},${valid.slice(1)}`);
  return fc.oneof(
    { weight: 6, arbitrary: replaced },
    { weight: 2, arbitrary: added },
    { weight: 2, arbitrary: hostileJson },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: fc.nat({ max: valid.length }).map((cut) => valid.slice(0, cut)) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, '', valid) },
  );
}

export const contentTypes: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      undefined,
      '',
      'text/plain',
      'text/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/merge-patch+json',
      'application/jsonx',
    ),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[\x21-\x7e]{1,30}$/) },
);

export function bodyFrom(template: Record<string, unknown>): fc.Arbitrary<BodySpec> {
  return fc.record({ body: bodyTextFrom(template), contentType: contentTypes });
}

export const queryStrings: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom('limit', 'offset', 'issue_id', 'fingerprint', 'search', 'status', 'kind'),
            fc.string(),
          ),
          fc.oneof(
            fc.string(),
            hostileJson.filter((text) => text.length < 200),
          ),
        ),
        { maxLength: 4 },
      )
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[\x21-\x7e]{0,40}$/).map((raw) => `?${raw}`) },
);

export function pathIds(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...known).map((id) => id.toUpperCase()) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('%', '%zz', '%00', '%2F', '..', '.', 'reorder', '0', '-1', '1e3', 'null', '@current'),
    },
  );
}
