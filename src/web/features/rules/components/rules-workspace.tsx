import { useIsMutating } from '@tanstack/react-query';
import { useCallback, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { RuleKind } from '../../../../contract/rules';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryView } from '../../../components/ui/query-view';
import { Button } from '../../../components/ui/button';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { useAssigneeDirectory } from '../../../data/organization/use-assignee-directory';
import { useWriteAccess } from '../../../data/session/use-write-access';
import { useRules } from '../../../data/rules/get-rules';
import { ruleKeys } from '../../../data/rules/keys';
import { ruleKinds } from '../kinds/rule-kinds';
import { RulesList } from './rules-list/rules-list';
import './rules-workspace.css';

/**
 * The page of one kind of rule: header (with the kind's own `actions` beside New rule), and the ordered list with its
 * loading, error and empty states.
 */
export function RulesWorkspace<K extends RuleKind>({ kind, actions }: { kind: K; actions?: ReactNode }) {
  const environment = useCurrentEnvironment();
  const ui = ruleKinds[kind];
  const saving = useIsMutating({ mutationKey: ruleKeys.reorder(environment.id, kind) }) > 0;
  const rules = useRules(environment.id, kind, { paused: saving });
  // Names load alongside the rules, so a long list is not drawn a second time when they arrive.
  const { lookup } = useAssigneeDirectory();
  const noun = ui.title.toLowerCase();
  const { reason: readOnly } = useWriteAccess();

  // The benchmark times the first render of the list: marked once per visit to the page.
  const marked = useRef(false);
  const onRendered = useCallback(() => {
    if (marked.current) return;
    marked.current = true;
    performance.mark('rules-list-rendered');
  }, []);

  return (
    <>
      <div className="page-heading">
        <PageHeader title={ui.title} description={ui.description} />
        <Link to={`/env/${environment.id}/rule-lab/explain`} className="button button--secondary">
          Explain an exception
        </Link>
        {actions}
        {readOnly ? (
          <>
            {/* The layout's notice says it for the page; the button says it too, as its description. */}
            <Button variant="primary" aria-disabled="true" aria-describedby="rules-read-only">
              New rule
            </Button>
            <span id="rules-read-only" className="visually-hidden">
              {readOnly}
            </span>
          </>
        ) : (
          <Link to="new" className="button button--primary">
            New rule
          </Link>
        )}
      </div>
      <QueryView
        query={rules}
        label={noun}
        isEmpty={(list) => list.results.length === 0}
        empty={
          <EmptyState title={`No ${noun} in ${environment.name} yet.`}>
            <p>Rules run top to bottom on every new exception; the first one that matches wins.</p>
            {!readOnly && (
              <Link to="new" className="button button--primary">
                Create the first rule
              </Link>
            )}
          </EmptyState>
        }
      >
        {(list) => (
          <RulesList
            envId={environment.id}
            descriptor={ui}
            rules={list.results}
            total={list.count}
            readOnly={readOnly}
            lookup={lookup}
            onRendered={onRendered}
          />
        )}
      </QueryView>
    </>
  );
}
