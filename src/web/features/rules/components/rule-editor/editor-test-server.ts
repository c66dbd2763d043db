import { configure, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { ruleResourcePaths, type Rule, type RuleKind } from '../../../../../contract/rules';
import { resetThrottle } from '../../../../lib/api-client';
import { assignmentRules, backendRoutes, groupingRules, page, suppressionRules } from '../../../../test/fixtures';
import { organizationRoutes } from '../../../../test/organization-fixtures';
import { renderApp } from '../../../../test/render-app';
import { jsonResponse, notFoundBody, stubFetch, type StubRequest } from '../../../../test/stub-fetch';

// These tests render the whole app and type into it: on a busy machine a step can take longer than findBy's 1 s.
configure({ asyncUtilTimeout: 5000 });

/** Test support: a rule id no fixture has. */
export const missingRuleId = '0190f4c4-8d2a-7a3b-9c1d-0000000000ff';
export const createdRuleId = '0190f4c4-8d2a-7a3b-9c1d-0000000000aa';

type Handler = (request: StubRequest) => Response | Promise<Response>;

const fixtures: Record<RuleKind, Rule[]> = {
  assignment: assignmentRules,
  grouping: groupingRules,
  suppression: suppressionRules,
};

export const apiError = (status: number, detail: string, attr: string | null = null) =>
  jsonResponse(status, { type: status === 400 ? 'validation_error' : 'server_error', code: 'invalid', detail, attr });

/**
 * Environment 1's rules of one kind behind a stubbed fetch that answers like the API (list, detail, create, update,
 * delete), with `overrides` ("PATCH <path>") answering instead where a test needs a failure. Starts with the
 * fixtures' rules of the kind unless given others.
 */
export function editorTestServer(
  kind: RuleKind,
  overrides: Record<string, Handler> = {},
  initial: readonly Rule[] = fixtures[kind],
) {
  const base = `/api/projects/1/error_tracking/${ruleResourcePaths[kind]}/`;
  let rules: Rule[] = initial.map((rule) => ({ ...rule }));
  // Every save moves updated_at on, as PostHog's does.
  let clock = Date.parse('2026-02-01T12:00:00.000Z');
  const stamp = () => new Date((clock += 1000)).toISOString();
  const list = () => (kind === 'grouping' ? { results: rules } : page(rules));
  const routes: Record<string, Handler | object> = {
    ...backendRoutes(),
    ...organizationRoutes(),
    [base]: () => jsonResponse(200, list()),
  };

  routes[`POST ${base}`] = ({ body }) => {
    const created = {
      issue: null,
      created_at: '2026-02-01T10:00:00.000Z',
      updated_at: null,
      ...(body as object),
      // As in PostHog: only assignment rules take order_key on create; the others start at 0.
      order_key: kind === 'assignment' ? ((body as { order_key?: number }).order_key ?? 0) : 0,
      id: createdRuleId,
      disabled_data: null,
    } as Rule;
    rules = [...rules, created];
    return jsonResponse(201, created);
  };
  routes[`PATCH ${base}reorder/`] = ({ body }) => {
    const { orders } = body as { orders: Record<string, number> };
    rules = rules.map((rule) => (rule.id in orders ? { ...rule, order_key: orders[rule.id]! } : rule));
    return new Response(null, { status: 204 });
  };
  for (const id of [...rules.map((rule) => rule.id), missingRuleId]) {
    const find = () => rules.find((rule) => rule.id === id);
    routes[`${base}${id}/`] = () => (find() ? jsonResponse(200, find()) : jsonResponse(404, notFoundBody));
    routes[`PATCH ${base}${id}/`] = ({ body }) => {
      if (!find()) return jsonResponse(404, notFoundBody);
      rules = rules.map((rule) =>
        rule.id === id ? { ...rule, ...(body as object), disabled_data: null, updated_at: stamp() } : rule,
      );
      return new Response(null, { status: 204 });
    };
    routes[`DELETE ${base}${id}/`] = () => {
      rules = rules.filter((rule) => rule.id !== id);
      return new Response(null, { status: 204 });
    };
  }
  const fetchMock = stubFetch({ ...routes, ...overrides });

  return {
    base,
    fetchMock,
    rules: () => rules,
    /** Someone else saves `fields` of rule `id` (updated_at moves on). */
    changeElsewhere: (id: string, fields: Partial<Rule>) => {
      rules = rules.map((rule) => (rule.id === id ? ({ ...rule, ...fields, updated_at: stamp() } as Rule) : rule));
    },
    /** "GET <path>", "PATCH <path>", … of every request to `path` (with or without a query string), in order. */
    requests: (path: string) =>
      fetchMock.mock.calls
        .map(([input, init]) => ({ method: init?.method ?? 'GET', url: new URL(String(input), 'http://localhost') }))
        .filter(({ url }) => url.pathname === path)
        .map(({ method }) => `${method} ${path}`),
    /** The JSON bodies sent with `method` to `path` (default: any rule path of the kind). */
    sent: (method: string, path?: string) =>
      fetchMock.mock.calls
        .filter(([input, init]) => (init?.method ?? 'GET') === method && String(input).startsWith(path ?? base))
        .map(([, init]) => (typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined)),
  };
}

/** The app opened at `path` on the fake server; waits for the editor dialog named `title`. */
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
