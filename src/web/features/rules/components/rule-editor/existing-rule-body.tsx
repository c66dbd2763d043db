import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Rule } from '../../../../../contract/rules';
import { ErrorState } from '../../../../components/ui/error-state';
import { LoadingState } from '../../../../components/ui/loading-state';
import { ruleQueryOptions } from '../../../../data/rules/get-rule';
import { RuleForm } from './rule-form';
import { RuleGone } from './rule-gone';
import { useRuleEditor } from './use-rule-editor-route';
import { useRuleName } from './use-rule-name';

/**
 * Edits a rule once its detail has arrived (not the list's copy, which may be out of date), so the form's defaults
 * are what the server holds now. A rule that is gone, now or later, says so instead of a form.
 */
export function ExistingRuleBody({ ruleId }: { ruleId: string }) {
  const { envId, kind, close } = useRuleEditor();
  const { mention } = useRuleName();
  // While this editor deletes the rule, its detail is not refetched (that would only answer 404) and the form stays
  // up, with the rule as it was when the delete began and the confirmation in it, until the dialog closes.
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const query = useQuery({ ...ruleQueryOptions(envId, kind, ruleId), enabled: deleting === null });
  const [goneOnSave, setGoneOnSave] = useState(false);
  const rule = deleting ?? query.data ?? null;

  if (goneOnSave || (query.data === null && deleting === null)) return <RuleGone onBack={close} />;
  if (rule === null) {
    if (query.isError) {
      return (
        <ErrorState
          title={`Could not load ${mention}.`}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    return <LoadingState label={mention} lines={5} />;
  }
  return <RuleForm rule={rule} onGone={() => setGoneOnSave(true)} onDeleting={(on) => setDeleting(on ? rule : null)} />;
}
