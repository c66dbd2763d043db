import { useCallback } from 'react';
import { matchPath, useLocation, useNavigate, useParams } from 'react-router';
import type { RuleKind } from '../../../../../contract/rules';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { ruleKindOfPath, ruleKinds } from '../../kinds/rule-kinds';
import type { EditorMode } from '../../kinds/rule-form-values';

export type RuleEditorRoute = {
  envId: number;
  kind: RuleKind;
  /** null: a new rule. */
  ruleId: string | null;
  mode: EditorMode;
  /** Back to the list, with its search params (its text and assignee filters). */
  close: () => void;
};

/** What `…/<kind>-rules/new` and `…/<kind>-rules/:ruleId` say the editor edits; null outside a rules section. */
export function useRuleEditorRoute(): RuleEditorRoute | null {
  const { ruleId } = useParams();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const envId = useCurrentEnvironment().id;
  const kind = ruleKindOfPath(matchPath('/env/:envId/:section/*', pathname)?.params.section);
  // Unsaved changes are guarded by the form's navigation blocker, so every way out is this navigation.
  const close = useCallback(
    () => void (kind && navigate({ pathname: `/env/${envId}/${ruleKinds[kind].path}`, search })),
    [navigate, envId, kind, search],
  );
  if (kind === null) return null;
  return { envId, kind, ruleId: ruleId ?? null, mode: ruleId ? 'edit' : 'create', close };
}

/** The route of the editor this component is part of. */
export function useRuleEditor(): RuleEditorRoute {
  const route = useRuleEditorRoute();
  if (route === null) throw new Error('The rule editor renders only inside a rules section.');
  return route;
}
