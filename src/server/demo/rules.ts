import type { Assignee } from '../../contract/assignee';
import type { FilterGroup } from '../../contract/filters';
import { mobileTeam, webTeam } from './demo-teams';
import type { DemoRoleName, DemoUserKey } from './people';
import { and, or, prop } from './rule-filters';

export type RuleContext = {
  user: (key: DemoUserKey) => Assignee;
  role: (name: DemoRoleName) => Assignee;
};

/**
 * The demo's rules, created before any of its exceptions came in. What they do follows from the exceptions:
 * the web rule on `assets/vendor-` has an invalid regex, so ingestion disables it the first time it runs; the web
 * rule for /admin/ never matches (no admin page throws those types); the last mobile rule is shadowed (every
 * NSInternalInconsistencyException is an iOS one, which the rule above it assigns first).
 */
export type DemoRule =
  | { kind: 'assignment'; filters: FilterGroup; assignee: Assignee }
  | {
      kind: 'grouping';
      filters: FilterGroup;
      assignee: Assignee | null;
      description: string | null;
      /** What someone renamed the rule's issue to, after it came in. */
      issueName?: string;
    }
  | { kind: 'suppression'; filters: FilterGroup; samplingRate: number };

const types = (...names: string[]) => prop('$exception_types', 'exact', names);

function webRules({ user, role }: RuleContext): DemoRule[] {
  return [
    { kind: 'assignment', filters: and(types('ChunkLoadError')), assignee: role('Frontend') },
    {
      kind: 'assignment',
      filters: and(prop('$current_url', 'icontains', '/checkout'), types('TypeError', 'RangeError')),
      assignee: user('priya'),
    },
    {
      kind: 'assignment',
      filters: and(
        prop('$exception_sources', 'icontains', '/src/api/'),
        or(
          prop('$exception_values', 'icontains', 'NetworkError'),
          prop('$exception_values', 'icontains', 'Failed to fetch'),
          types('AxiosError'),
        ),
      ),
      assignee: role('Backend'),
    },
    {
      kind: 'assignment',
      filters: and(prop('$exception_values', 'regex', '^Maximum call stack')),
      assignee: user('lucas'),
    },
    {
      kind: 'assignment',
      filters: and(prop('$exception_sources', 'regex', 'assets/vendor-[a-f0-9+\\.js$')),
      assignee: user('sofia'),
    },
    {
      kind: 'assignment',
      filters: and(
        prop('$current_url', 'regex', '^https://app\\.acme\\.example/admin/'),
        types('SyntaxError', 'ReferenceError'),
      ),
      assignee: user('tomas'),
    },
    {
      kind: 'grouping',
      filters: or(types('ChunkLoadError'), prop('$exception_values', 'icontains', 'Loading CSS chunk')),
      assignee: role('Frontend'),
      description:
        'Every failed chunk load after a deploy is the same problem: browsers still running the previous build.',
      issueName: 'Chunk load failures after deploy',
    },
    {
      kind: 'grouping',
      filters: and(prop('$exception_values', 'icontains', 'ResizeObserver loop')),
      assignee: null,
      description: null,
    },
    {
      kind: 'grouping',
      filters: and(prop('$exception_sources', 'regex', '^https://(js\\.stripe\\.com|www\\.googletagmanager\\.com)/')),
      assignee: user('daniel'),
      description:
        'Errors thrown inside third-party scripts (Stripe, Google Tag Manager): one issue, not one per stack.',
    },
    {
      kind: 'suppression',
      filters: and(prop('$exception_sources', 'regex', '^(chrome|moz|safari-web)-extension://')),
      samplingRate: 1,
    },
    {
      kind: 'suppression',
      filters: and(prop('$exception_values', 'icontains', 'Non-Error promise rejection captured')),
      samplingRate: 0.25,
    },
    {
      kind: 'suppression',
      filters: and(types('AbortError'), prop('$exception_handled', 'exact', ['true'])),
      samplingRate: 0.5,
    },
  ];
}

function mobileRules({ user, role }: RuleContext): DemoRule[] {
  return [
    { kind: 'assignment', filters: and(types('ANR')), assignee: role('Mobile') },
    {
      kind: 'assignment',
      filters: and(
        prop('$os', 'exact', ['Android']),
        types('java.lang.NullPointerException', 'java.lang.IllegalStateException'),
      ),
      assignee: user('amara'),
    },
    {
      kind: 'assignment',
      filters: and(
        prop('$os', 'exact', ['iOS']),
        or(prop('$exception_types', 'icontains', 'NS'), types('EXC_BAD_ACCESS')),
      ),
      assignee: user('kenji'),
    },
    { kind: 'assignment', filters: and(types('NSInternalInconsistencyException')), assignee: user('lucas') },
    {
      kind: 'grouping',
      filters: and(types('ANR')),
      assignee: role('Mobile'),
      description: 'One issue for every ANR until the main-thread work at startup is fixed.',
      issueName: 'All ANRs (grouped)',
    },
    {
      kind: 'grouping',
      filters: and(types('java.net.SocketTimeoutException', 'java.net.UnknownHostException')),
      assignee: null,
      description: null,
    },
    { kind: 'suppression', filters: and(prop('$app_version', 'regex', '^3\\.')), samplingRate: 1 },
    { kind: 'suppression', filters: and(types('kotlinx.coroutines.JobCancellationException')), samplingRate: 0.5 },
  ];
}

export function demoRules(context: RuleContext): Array<[teamId: number, rules: DemoRule[]]> {
  return [
    [webTeam, webRules(context)],
    [mobileTeam, mobileRules(context)],
  ];
}
