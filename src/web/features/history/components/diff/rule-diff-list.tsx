import { useId, type ReactNode } from 'react';
import type { RuleKind, RuleOf } from '../../../../../contract/rules';
import type { RuleDiff } from '../../../../../rule-plans';
import { Badge } from '../../../../components/ui/badge';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import type { CurrentEnvironment } from '../../../../lib/environments/current-environment';
import { ruleKinds, RuleSummary } from '../../../rules';
import { diffWords, positionText } from './diff-words';
import { FieldChangeView } from './field-change-view';
import './rule-diff-list.css';

export type BaseOf = <K extends RuleKind>(kind: K, id: string) => RuleOf<K> | null;

export type RuleDiffListProps = {
  diffs: readonly RuleDiff[];
  lookup: AssigneeLookup;
  /** The rule as stored, for what its fields leave out (a grouping rule's issue). */
  baseOf?: BaseOf;
  /** Where a rule's title leads (its history). */
  hrefOf?: (id: string) => string | undefined;
  /** The environment the rules live in, when it is not the page's. */
  environment?: CurrentEnvironment;
  /** Controls for one changed rule (undo it). */
  actionsOf?: (diff: RuleDiff) => ReactNode;
  /** The heading level of each kind's title. */
  level?: 3 | 4;
  /** A diff of the past (a history entry): every rule has its id, none is about to be created. */
  past?: boolean;
};

const replacedNote =
  'PostHog cannot change this in place: the rule is created anew (a new id) and the old one deleted.';

function DiffItem({
  diff,
  lookup,
  baseOf,
  hrefOf,
  environment,
  actionsOf,
  past,
}: RuleDiffListProps & { diff: RuleDiff }) {
  const { word, tone } = diffWords[diff.change];
  const position = positionText(diff);
  const base = diff.id === null ? null : (baseOf?.(diff.kind, diff.id) ?? null);
  return (
    <li className={`history-diff__item history-diff__item--${diff.change}`}>
      <div className="history-diff__head">
        <Badge tone={tone}>{word}</Badge>
        <RuleSummary
          kind={diff.kind}
          fields={diff.rule}
          base={base}
          id={past || (diff.change !== 'created' && diff.change !== 'replaced') ? diff.id : null}
          lookup={lookup}
          href={diff.id === null ? undefined : hrefOf?.(diff.id)}
          environment={environment}
        />
        {position && <span className="history-diff__position">{position}</span>}
        {actionsOf && <span className="history-diff__actions">{actionsOf(diff)}</span>}
      </div>
      {diff.change === 'replaced' && <p className="history-diff__note">{replacedNote}</p>}
      {diff.fields.length > 0 && (
        <div className="history-diff__fields">
          {diff.fields.map((change) => (
            <FieldChangeView key={change.field} change={change} lookup={lookup} />
          ))}
        </div>
      )}
    </li>
  );
}

function KindSection(props: RuleDiffListProps & { kind: RuleKind; diffs: readonly RuleDiff[] }) {
  const headingId = useId();
  const { kind, diffs, level = 3 } = props;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className="history-diff__kind" aria-labelledby={headingId}>
      <Heading id={headingId} className="history-diff__kind-title">
        {ruleKinds[kind].title}
      </Heading>
      <ul className="history-diff__list">
        {diffs.map((diff) => (
          <DiffItem key={`${diff.change}-${diff.id ?? diff.key}`} {...props} diff={diff} />
        ))}
      </ul>
    </section>
  );
}

/** A diff of rules, kind by kind: each rule as the lists show it, with what changed about it. */
export function RuleDiffList(props: RuleDiffListProps) {
  const kinds = (['assignment', 'grouping', 'suppression'] as const).filter((kind) =>
    props.diffs.some((diff) => diff.kind === kind),
  );
  return (
    <div className="history-diff">
      {kinds.map((kind) => (
        <KindSection key={kind} {...props} kind={kind} diffs={props.diffs.filter((diff) => diff.kind === kind)} />
      ))}
    </div>
  );
}
