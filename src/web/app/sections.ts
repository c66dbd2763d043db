import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { RuleKind } from '../../contract/rules';
import { prefetchRules } from '../data/rules/prefetch-rules';
import type { RouteObject } from 'react-router';

export type Section = {
  /** The URL segment after /env/:envId/. */
  path: string;
  label: string;
  /** Each page is its own chunk, fetched when first visited. */
  load: () => Promise<ComponentType>;
  /** Routes inside the page, rendered in its <Outlet /> (e.g. the rule editor dialog). */
  children?: RouteObject[];
  /** Asks for the page's first data, so it arrives while the page's chunk loads. */
  prefetch?: (client: QueryClient, envId: number) => Promise<unknown>;
};

const ruleEditor = async () => ({
  Component: (await import('../features/rules/components/rule-editor/rule-editor-route')).RuleEditorRoute,
});
/** `…/new` and `…/:ruleId` open the editor over the list, so a rule can be linked to. */
const ruleEditorRoutes: RouteObject[] = [
  { path: 'new', lazy: ruleEditor },
  { path: ':ruleId', lazy: ruleEditor },
];

/**
 * The rules list and the names its rows show. Imported, not loaded lazily: the first page loads this code anyway,
 * and a chunk of its own would start the requests only once the main thread is free to ask for it.
 */
const prefetchRulesOf = (kind: RuleKind) => (client: QueryClient, envId: number) => prefetchRules(client, envId, kind);

/** `…/issues/:issueId` replaces the list with the issue's page (a URL of its own, so it can be linked to). */
const issueDetail = async () => ({
  Component: (await import('../features/issues/issue-detail-page')).IssueDetailPage,
});

export const sections: readonly Section[] = [
  {
    path: 'assignment-rules',
    label: 'Assignment rules',
    prefetch: prefetchRulesOf('assignment'),
    load: async () => (await import('../features/rules/assignment-rules-page')).AssignmentRulesPage,
    children: ruleEditorRoutes,
  },
  {
    path: 'grouping-rules',
    label: 'Grouping rules',
    prefetch: prefetchRulesOf('grouping'),
    load: async () => (await import('../features/rules/grouping-rules-page')).GroupingRulesPage,
    children: ruleEditorRoutes,
  },
  {
    path: 'suppression-rules',
    label: 'Suppression rules',
    prefetch: prefetchRulesOf('suppression'),
    load: async () => (await import('../features/rules/suppression-rules-page')).SuppressionRulesPage,
    children: ruleEditorRoutes,
  },
  {
    path: 'issues',
    label: 'Issues',
    load: async () => (await import('../features/issues/issues-page')).IssuesPage,
    children: [{ path: ':issueId', lazy: issueDetail }],
  },
  {
    path: 'external-references',
    label: 'External references',
    load: async () => (await import('../features/external-references/external-references-page')).ExternalReferencesPage,
  },
  {
    path: 'fingerprints',
    label: 'Fingerprints',
    load: async () => (await import('../features/fingerprints/fingerprints-page')).FingerprintsPage,
  },
  {
    path: 'settings',
    label: 'Settings',
    load: async () => (await import('../features/settings/settings-page')).SettingsPage,
  },
];

export const defaultSectionPath = 'assignment-rules';

export function isSectionPath(path: string | undefined): path is string {
  return sections.some((section) => section.path === path);
}
