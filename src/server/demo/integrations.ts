import type { TrackerKind } from '../../contract/integrations';
import { mobileTeam, webTeam } from './demo-teams';

export type DemoTicket = { title: string; context: Record<string, string | number>; linkTo?: string };
export type DemoIntegration = {
  teamId: number;
  kind: TrackerKind;
  displayName: string;
  config: Record<string, unknown>;
  listings: Record<string, unknown>;
  tickets: DemoTicket[];
};

const acmeGithub = { account: { name: 'acme', type: 'Organization' } };
const acmeJira = { site_url: 'https://acme.atlassian.net' };
const repo = (id: number, name: string) => ({ id, name, full_name: `acme/${name}` });

/** `teamIds` of Linear teams are UUIDs in Linear; fixed here so the data stays deterministic. */
export const demoIntegrations: DemoIntegration[] = [
  {
    teamId: webTeam,
    kind: 'github',
    displayName: 'acme',
    config: acmeGithub,
    listings: { repositories: [repo(734512001, 'web-app'), repo(734512002, 'api'), repo(734512003, 'design-system')] },
    tickets: [
      {
        title: 'Checkout crashes when a cart line has no price',
        context: { repository: 'web-app', number: 142 },
        linkTo: 'Checkout crashes',
      },
      {
        title: 'Force a reload when a chunk fails to load after a deploy',
        context: { repository: 'web-app', number: 151 },
        linkTo: 'Loading chunk 482',
      },
      {
        title: 'Return JSON, not the HTML error page, from /api/orders on 502',
        context: { repository: 'api', number: 88 },
        linkTo: '"<!DOCTYPE "',
      },
      { title: 'Infinite re-render loop in <FilterPanel>', context: { repository: 'web-app', number: 163 } },
      { title: 'Tooltip throws on unmount (removeChild)', context: { repository: 'design-system', number: 37 } },
      { title: 'Invoice dates break for Pacific/Apia', context: { repository: 'web-app', number: 170 } },
    ],
  },
  {
    teamId: webTeam,
    kind: 'gitlab',
    displayName: 'acme/mobile-app',
    config: { hostname: 'https://gitlab.com', path_with_namespace: 'acme/mobile-app', project_id: 4242 },
    listings: {},
    tickets: [
      { title: 'Share sheet opens the web app instead of the native screen', context: { issue_id: 17 } },
      { title: 'Deep links to /orders/:id lose the query string', context: { issue_id: 23 } },
      { title: 'Release 4.12 checklist', context: { issue_id: 31 } },
      { title: 'Sync web and mobile feature flags for checkout v2', context: { issue_id: 36 } },
    ],
  },
  {
    teamId: webTeam,
    kind: 'linear',
    displayName: 'Acme',
    config: { url_key: 'acme', workspace_name: 'Acme' },
    listings: {
      teams: [
        { id: '5d0c8a5e-2f4b-4c1e-9a7d-3b6f1e8c2a40', name: 'Web' },
        { id: 'a8e3f1c2-7b9d-4e5a-8c6f-0d2b4a1e9c57', name: 'Platform' },
      ],
    },
    tickets: [
      {
        title: 'Stale clients after deploy: ChunkLoadError spike',
        context: { id: 'WEB-108' },
        linkTo: 'Loading chunk 482',
      },
      {
        title: 'Recursive render in the rules editor',
        context: { id: 'WEB-115' },
        linkTo: 'Maximum call stack size exceeded',
      },
      { title: 'Drop the gtag snippet from the marketing pages', context: { id: 'WEB-121' } },
      { title: 'Rate-limit retries on the orders API client', context: { id: 'PLT-42' } },
      { title: 'Upgrade the edge proxy timeout to 30 s', context: { id: 'PLT-47' } },
    ],
  },
  {
    teamId: webTeam,
    kind: 'jira',
    displayName: 'acme.atlassian.net',
    config: acmeJira,
    listings: {
      projects: [
        { id: '10001', key: 'WEB', name: 'Web app' },
        { id: '10002', key: 'OPS', name: 'Operations' },
      ],
    },
    tickets: [
      {
        title: 'Checkout: guard against line items without a price',
        context: { key: 'WEB-231' },
        linkTo: 'Checkout crashes',
      },
      {
        title: 'Invoice PDF shows "Invalid Date" for UTC+13 customers',
        context: { key: 'WEB-240' },
        linkTo: 'Samoa time zone',
      },
      { title: 'Autosave fills localStorage on long drafts', context: { key: 'WEB-244' } },
      { title: 'Orders API returns 502 during deploys', context: { key: 'OPS-77' } },
    ],
  },
  {
    teamId: mobileTeam,
    kind: 'github',
    displayName: 'acme',
    config: acmeGithub,
    listings: { repositories: [repo(734512010, 'android-app'), repo(734512011, 'ios-app')] },
    tickets: [
      {
        title: 'NPE in CartItem.quantity after restoring a saved cart',
        context: { repository: 'android-app', number: 55 },
        linkTo: 'CartItem.quantity',
      },
      { title: 'Move image decoding off the main thread', context: { repository: 'android-app', number: 61 } },
      {
        title: 'Crash when the order list updates during a pull to refresh',
        context: { repository: 'ios-app', number: 204 },
      },
    ],
  },
  {
    teamId: mobileTeam,
    kind: 'jira',
    displayName: 'acme.atlassian.net',
    config: acmeJira,
    listings: { projects: [{ id: '10003', key: 'MOB', name: 'Mobile' }] },
    tickets: [
      {
        title: 'Order history crashes on iOS 18 after a refund',
        context: { key: 'MOB-19' },
        linkTo: 'Order history table',
      },
      { title: 'ANR on cold start with a large offline cache', context: { key: 'MOB-23' } },
    ],
  },
];
