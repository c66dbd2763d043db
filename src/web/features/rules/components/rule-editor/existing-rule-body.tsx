import { useQuery } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import { ErrorState } from '../../../../components/ui/error-state';
import { LoadingState } from '../../../../components/ui/loading-state';
import { ruleQueryOptions } from '../../../../data/rules/get-rule';
import { RuleForm } from './rule-form';
import { RuleGone } from './rule-gone';

type ExistingRuleBodyProps = {
  envId: number;
  kind: RuleKind;
  ruleId: string;
  label: string;
  close: () => void;
  focusRef: RefObject<HTMLElement | null>;
};

/**
 * Edits a rule once its detail has arrived (not the list's copy, which may be out of date), so the form's defaults
 * are what the server holds now. A rule that is gone, now or later, says so instead of a form.
 */
export function ExistingRuleBody({ envId, kind, ruleId, label, close, focusRef }: ExistingRuleBodyProps) {
  // While this editor deletes the rule, its detail is not refetched (that would only answer 404) and the form stays
  // up, with the confirmation in it, until the dialog closes.
  const [deleting, setDeleting] = useState(false);
  const query = useQuery({ ...ruleQueryOptions(envId, kind, ruleId), enabled: !deleting });
  const [rule, setRule] = useState<Rule | null>(query.data ?? null);
  const [goneOnSave, setGoneOnSave] = useState(false);
  if (query.data && query.data !== rule) setRule(query.data);

  if (goneOnSave || (query.data === null && !deleting)) return <RuleGone onBack={close} />;
  if (rule === null) {
    if (query.isError) {
      return (
        <ErrorState
          title={`Could not load ${label}.`}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    return <LoadingState label={label} lines={5} />;
  }
  return (
    <RuleForm
      envId={envId}
      kind={kind}
      mode="edit"
      rule={rule}
      label={label}
      close={close}
      onGone={() => setGoneOnSave(true)}
      onDeleting={setDeleting}
      focusRef={focusRef}
    />
  );
}
