import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { RuleKind } from '../../contract/rules';
import { prefetchRules } from '../data/rules/prefetch-rules';
import type { RouteObject } from 'react-router';

export type Section = {
  path: string;
  label: string;
  load: () => Promise<ComponentType>;
  children?: RouteObject[];
  prefetch?: (client: QueryClient, envId: number) => Promise<unknown>;
};

const ruleEditor = async () => ({
  Component: (await import('../features/rules/components/rule-editor/rule-editor-route')).RuleEditorRoute,
});
const ruleEditorRoutes: RouteObject[] = [
  { path: 'new', lazy: ruleEditor },
  { path: ':ruleId', lazy: ruleEditor },
];

/** Imported, not lazy: a chunk of its own would start the requests only once the main thread is free to ask for it. */
const prefetchRulesOf = (kind: RuleKind) => (client: QueryClient, envId: number) => prefetchRules(client, envId, kind);

const issueDetail = async () => ({
  Component: (await import('../features/issues/issue-detail-page')).IssueDetailPage,
});

const ruleLabRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('../features/rule-lab/rule-lab-index')).RuleLabIndex }),
  },
  {
    path: 'explain',
    lazy: async () => ({ Component: (await import('../features/rule-lab/explain-page')).ExplainPage }),
  },
  {
    path: 'reapply',
    lazy: async () => ({ Component: (await import('../features/rule-lab/reapply-page')).ReapplyPage }),
  },
];

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
    path: 'rule-lab',
    label: 'Rule Lab',
    load: async () => (await import('../features/rule-lab/rule-lab-page')).RuleLabPage,
    children: ruleLabRoutes,
  },
  {
    path: 'history',
    label: 'History',
    load: async () => (await import('../features/history/history-page')).HistoryPage,
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
