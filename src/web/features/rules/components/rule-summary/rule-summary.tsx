import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RuleKind, RuleOf } from '../../../../../contract/rules';
import { fieldsOf, type RuleFieldsOf } from '../../../../../rule-plans';
import { FilterPills } from '../../../../components/filter-builder/filter-pills';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { CurrentEnvironmentContext, type CurrentEnvironment } from '../../../../lib/environments/current-environment';
import { shortId } from '../../../../lib/short-id';
import { ruleKinds } from '../../kinds/rule-kinds';
import { AssigneeLookupContext } from '../rules-list/rule-row-context';
import { shownRule } from './shown-rule';
import './rule-summary.css';

export type RuleSummaryProps<K extends RuleKind> = {
  kind: K;
  /** What the rule does; default the stored rule's. */
  fields?: RuleFieldsOf<K>;
  /** The rule as stored, when it exists (its id, a grouping rule's issue). */
  base?: RuleOf<K> | null;
  /** Its id: for a rule a plan creates, none. */
  id?: string | null;
  lookup: AssigneeLookup;
  /** Where the title leads (the rule's history); without it the title is text. */
  href?: string;
  /** The environment the rule lives in, when it is not the page's (its issue links go there). */
  environment?: CurrentEnvironment;
  /** Shown after the outcome (a badge). */
  children?: ReactNode;
};

/** A rule as the lists show it, read-only: title and short id, its filters as pills, and what a match leads to. */
export function RuleSummary<K extends RuleKind>({
  kind,
  fields,
  base = null,
  id = null,
  lookup,
  href,
  environment,
  children,
}: RuleSummaryProps<K>) {
  const descriptor = ruleKinds[kind];
  const shown = fields ?? (base ? fieldsOf(kind, base) : null);
  if (shown === null) return null;
  const rule = shownRule(kind, shown, base, id ?? base?.id ?? null);
  const title = descriptor.ruleTitle(rule, lookup);
  const { Outcome } = descriptor;
  const shownId = id ?? base?.id ?? null;
  const summary = (
    <div className="rule-summary">
      <p className="rule-summary__title">
        {href ? <Link to={href}>{title}</Link> : <span>{title}</span>}{' '}
        {shownId && <code className="rule-summary__id">{shortId(shownId)}</code>}
      </p>
      <div className="rule-summary__filters">
        <FilterPills group={rule.filters} />
      </div>
      <div className="rule-summary__outcome">
        <AssigneeLookupContext.Provider value={lookup}>
          <Outcome rule={rule} />
        </AssigneeLookupContext.Provider>
      </div>
      {children}
    </div>
  );
  if (!environment) return summary;
  return <CurrentEnvironmentContext.Provider value={environment}>{summary}</CurrentEnvironmentContext.Provider>;
}
