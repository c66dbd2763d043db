import { mobileExceptions } from '../../src/server/demo/mobile-exceptions';
import { webExceptions } from '../../src/server/demo/web-exceptions';
import type { EngineEvent, EngineRules, EvaluationTrace, EvaluateOptions, Json } from '../../src/rule-engine';

export const rulesPerKind = 50;

const leaf = (key: string, operator: string, value?: Json): Json =>
  value === undefined ? { key, type: 'event', operator } : { key, type: 'event', operator, value };
const group = (type: 'AND' | 'OR', ...values: Json[]): Json => ({ type, values });

const templates = [...webExceptions, ...mobileExceptions];
const libraries = ['web', 'posthog-android', 'posthog-ios', 'posthog-node'];
const files = ['src/checkout/cart.tsx', 'src/lib/api-client.ts', 'src/app/router.tsx', 'src/settings/page.tsx'];
const functions = ['renderCart', 'fetchJson', 'navigate', 'loadSettings', 'onClick', 'useEffect'];

/** Filters the way people write them: exception types and messages, URLs, libraries, nested groups, a few regexes. */
function filtersFor(index: number): Json {
  const template = templates[(index * 7) % templates.length]!;
  const word = template.message.split(/\W+/).find((part) => part.length > 5) ?? 'failed';
  switch (index % 10) {
    case 0:
      return group('OR', leaf('$exception_types', 'exact', [`Vendor${template.type}`, `${template.type}${index}`]));
    case 1:
      return group('AND', leaf('$exception_values', 'icontains', `${word} ${index}`));
    case 2:
      return group('AND', leaf('$exception_values', 'regex', `^${word}\\s+\\d{${(index % 3) + 2}}`));
    case 3:
      return group(
        'AND',
        group('AND', leaf('$exception_types', 'exact', [template.type])),
        group('AND', leaf('$current_url', 'icontains', `/page-${index}`)),
      );
    case 4:
      return group(
        'OR',
        leaf('$exception_sources', 'icontains', `vendor-${index}.js`),
        leaf('$exception_functions', 'exact', `handler${index}`),
      );
    case 5:
      return group(
        'AND',
        leaf('$lib', 'exact', libraries[index % libraries.length]!),
        leaf('$exception_values', 'not_regex', `(?i)${word}|timeout`),
        leaf('$lib_version', 'semver_eq', `1.${index}.0`),
      );
    case 6:
      return group(
        'AND',
        leaf('$exception_types', 'is_not', ['TypeError', 'Error']),
        leaf('$exception_values', 'icontains', ['quota', `chunk ${index}`]),
      );
    case 7:
      return group(
        'OR',
        leaf('$browser', 'exact', `Browser ${index}`),
        group(
          'AND',
          leaf('$os', 'exact', 'iOS'),
          leaf('$exception_handled', 'exact', 'true'),
          leaf('$app_build', 'gt', 1000 + index),
        ),
      );
    case 8:
      return group(
        'AND',
        leaf('$exception_values', 'not_icontains', 'ResizeObserver'),
        leaf('$current_url', 'regex', `/checkout/${index}$`),
      );
    default:
      return group(
        'OR',
        leaf('$exception_types', 'icontains', `${template.type.slice(0, 4)}_${index}`),
        leaf('$environment', 'exact', `staging-${index}`),
      );
  }
}

function ruleFields(kind: string, index: number) {
  return { id: `${kind}-${index}`, order_key: index, filters: filtersFor(index), disabled_data: null };
}

export function engineRules(): EngineRules {
  const indexes = Array.from({ length: rulesPerKind }, (_, index) => index);
  return {
    grouping: indexes.map((index) => ruleFields('grouping', index + 1)),
    suppression: indexes.map((index) => ({
      ...ruleFields('suppression', index + 1),
      sampling_rate: index % 2 ? 1 : 0.2,
    })),
    // The last assignment rule is the usual catch-all owner: any exception with a message.
    assignment: indexes.map((index) => ({
      ...ruleFields('assignment', index + 1),
      ...(index === rulesPerKind - 1 ? { filters: group('AND', leaf('$exception_values', 'is_set')) } : {}),
      assignee: { type: 'user' as const, id: index },
    })),
  };
}

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0').slice(-width);

/** Exception events as posthog-js sends them: an exception list with stack frames, and the usual properties. */
export function engineEvents(count: number): EngineEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length]!;
    const frames = Array.from({ length: 3 + (index % 6) }, (_, frame) => ({
      function: functions[(index + frame) % functions.length]!,
      filename: files[(index * 3 + frame) % files.length]!,
      lineno: 10 + frame * 7,
      colno: 3 + frame,
      in_app: frame % 3 !== 2,
    }));
    const exceptions: Json[] = [
      {
        type: template.type,
        value: template.message,
        mechanism: { handled: index % 4 === 0, type: 'generic' },
        stacktrace: { type: 'raw', frames },
      },
    ];
    if (index % 5 === 0)
      exceptions.push({
        type: 'Error',
        value: 'Caused by an earlier failure',
        stacktrace: { type: 'raw', frames: frames.slice(1) },
      });
    return {
      uuid: `0190b6f2-${hex(index, 4)}-7a1b-9c4e-${hex(index * 7919, 12)}`,
      properties: {
        $exception_list: exceptions,
        $lib: libraries[index % libraries.length]!,
        $lib_version: `1.${index % 60}.${index % 7}`,
        $current_url: `https://app.acme.example/checkout/${index % 40}`,
        $browser: ['Chrome', 'Safari', 'Firefox'][index % 3]!,
        $os: ['Mac OS X', 'iOS', 'Windows', 'Android'][index % 4]!,
        $session_id: `session-${hex(index * 31, 12)}`,
        $app_build: 900 + (index % 200),
      },
    };
  });
}

export type EngineMeasurement = { evaluations: number; events: number; ms: number };

const evaluated = (trace: EvaluationTrace) =>
  [...trace.grouping.rules, ...trace.suppression.rules, ...(trace.assignment?.rules ?? [])].filter(
    (rule) => rule.outcome !== 'not-reached' && rule.outcome !== 'disabled',
  ).length;

/**
 * Evaluates the events in turn until `durationMs` has passed (after a warm-up of the same length), counting the
 * rules actually evaluated: each stage stops at its winner, so rules after it do not count. With `reread`, every
 * event gets its rules parsed anew from JSON, as a server that reads them from storage for each event would.
 */
export function measureEngine(
  evaluate: (event: EngineEvent, rules: EngineRules, options: EvaluateOptions) => EvaluationTrace,
  durationMs: number,
  { reread = false } = {},
): EngineMeasurement {
  const rules = engineRules();
  const stored = JSON.stringify(rules);
  const events = engineEvents(500);
  const options: EvaluateOptions = { resolveIssue: () => ({ isNew: true, reopened: false }) };
  const run = (until: number) => {
    let evaluations = 0;
    let count = 0;
    const started = performance.now();
    while (performance.now() - started < until) {
      const current: EngineRules = reread ? JSON.parse(stored) : rules;
      evaluations += evaluated(evaluate(events[count % events.length]!, current, options));
      count++;
    }
    return { evaluations, events: count, ms: performance.now() - started };
  };
  run(durationMs);
  return run(durationMs);
}

/** Every trace of the workload as text, to check that the browser and Node decide alike. */
export function workloadTraces(
  evaluate: (event: EngineEvent, rules: EngineRules, options: EvaluateOptions) => EvaluationTrace,
): string {
  const rules = engineRules();
  const options: EvaluateOptions = { resolveIssue: () => ({ isNew: true, reopened: false }) };
  return JSON.stringify(engineEvents(500).map((event) => evaluate(event, rules, options)));
}
