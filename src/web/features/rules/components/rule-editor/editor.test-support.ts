import { configure, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { ruleResourcePaths, type Rule, type RuleKind } from '../../../../../contract/rules';
import { resetThrottle } from '../../../../lib/api-client';
import { assignmentRules, groupingRules, suppressionRules } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { startTestApi, type Answer, type RuleChange } from '../../../../test/start-test-api';

// These tests render the whole app and type into it: on a busy machine a step can take longer than findBy's 1 s.
configure({ asyncUtilTimeout: 5000 });

/** Test support: a rule id no fixture has. */
export const missingRuleId = '0190f4c4-8d2a-7a3b-9c1d-0000000000ff';

const fixtures: Record<RuleKind, Rule[]> = {
  assignment: assignmentRules,
  grouping: groupingRules,
  suppression: suppressionRules,
};

/**
 * The real server holding environment 1's rules of one kind (the fixtures' unless given others), with the requests in
 * `answers` ("PATCH <path>") answered once by the test instead, e.g. with a failure.
 */
export function editorTestApi(
  kind: RuleKind,
  answers: Record<string, Answer> = {},
  initial: readonly Rule[] = fixtures[kind],
) {
  const base = `/api/projects/1/error_tracking/${ruleResourcePaths[kind]}/`;
  const api = startTestApi();
  api.seedRules(kind, initial);
  for (const [route, answer] of Object.entries(answers)) api.answerNext(route, answer);
  const rules = () => api.readRules(kind) as Rule[];

  return {
    api,
    base,
    fetchMock: api.fetchMock,
    rules,
    /** The id the server gave the one rule it holds that was not seeded. */
    createdRuleId: () => rules().find((rule) => !initial.some((seeded) => seeded.id === rule.id))?.id,
    /** Someone else saves `fields` of rule `id` (updated_at moves on). */
    changeElsewhere: (id: string, fields: RuleChange) => api.changeRule(kind, id, fields),
    deleteElsewhere: (id: string) => api.deleteRule(kind, id),
    /** "GET <path>", "PATCH <path>", … of every request to `path` (with or without a query string), in order. */
    requests: (path: string) => api.requests(path).map(({ method }) => `${method} ${path}`),
    /** The JSON bodies sent with `method` to `path` (default: any rule path of the kind). */
    sent: (method: string, path = `${base}*`) => api.sent(`${method} ${path}`),
  };
}

/** The app opened at `path`; waits for the editor dialog named `title`. */
export async function openEditor(path: string, title: string | RegExp) {
  resetThrottle();
  const view = renderApp(path);
  // The first render loads the shell's and the page's chunks: slower than findBy's default second on a busy machine.
  const dialog = await screen.findByRole('dialog', { name: title }, { timeout: 10_000 });
  return { ...view, dialog };
}

/** Picks an option of the editor's assignee combobox. */
export async function chooseAssignee(dialog: HTMLElement, user: UserEvent, name: RegExp) {
  await user.click(await within(dialog).findByRole('combobox', { name: /Assignee/ }));
  await user.click(await within(dialog).findByRole('option', { name }));
}

/** The reason shown beside Save, once validation (asynchronous) has settled. */
export async function expectSaveReason(dialog: HTMLElement, reason: string | null) {
  const save = within(dialog).getByRole('button', { name: 'Save' });
  await vi.waitFor(
    () => {
      if (reason === null) expect(save).toBeEnabled();
      else expect(save).toHaveAccessibleDescription(reason);
    },
    { timeout: 5000 },
  );
  if (reason !== null) expect(save).toBeDisabled();
}
