import { shortId } from '../../../../lib/short-id';
import { useContext, useId, type ReactNode } from 'react';
import type { RuleKind } from '../../../../../contract/rules';
import { FilterPills } from '../../../../components/filter-builder/filter-pills';
import type { RenderItem } from '../../../../components/sortable-list';
import { Badge } from '../../../../components/ui/badge';
import { Checkbox } from '../../../../components/ui/checkbox';
import { UnreadableRecord } from '../../../../components/ui/unreadable-record';
import { cx } from '../../../../lib/class-names';
import { isUnreadableRule, type RuleListItem, type UnreadableRule } from '../../../../data/rules/rule-list-item';
import type { RuleKindDescriptor } from '../../kinds/rule-kind-descriptor';
import { ruleName } from '../../kinds/rule-name';

import { ruleSummary } from './filter-rules';
import { RuleActionsMenu } from './rule-actions-menu';
import { RuleDisabledBadge } from './rule-disabled-badge';
import type { RuleEntry } from './rule-entries';
import { AssigneeLookupContext, useRuleRowContext } from './rule-row-context';
import { RuleTiedBadge } from './rule-tied-badge';
import { RuleTimes } from './rule-times';
import { RowLink } from './row-link';
import { RuleStatsBadges } from '../rule-stats/rule-stats-badges';
import { RuleStatsDetails } from '../rule-stats/rule-stats-details';
import { RuleStatsSummary } from '../rule-stats/rule-stats-summary';

/** The rule's number as people see it: its place in the whole list (the evaluation order), 1-based. */
export const ruleNumber = (entry: RuleEntry, index: number) => (entry.reorderOff === null ? index : entry.position) + 1;

const changeWords = { added: 'Added', moved: 'Moved' } as const;

type RuleRowProps = { entry: RuleEntry; index: number; handle: ReactNode };

type RowLeadProps = { entry: RuleEntry; name: string; number: number; handle: ReactNode; selectable: boolean };

function RowLead({ entry, name, number, handle, selectable }: RowLeadProps) {
  const { actions } = useRuleRowContext();
  return (
    <div className="rule-row__lead">
      {selectable && (
        <Checkbox
          aria-label={`Select ${name}`}
          checked={entry.selected}
          onChange={(event) =>
            actions.toggleSelected(
              entry.rule.id,
              event.target.checked,
              (event.nativeEvent as MouseEvent).shiftKey === true,
            )
          }
        />
      )}
      {handle}
      <span className="rule-row__position" aria-hidden="true">
        {number}
      </span>
    </div>
  );
}

/** A record that could not be read, at its place in the order: it moves with the list and can be deleted. */
function UnreadableRuleRow({ entry, rule, index, handle }: RuleRowProps & { rule: UnreadableRule }) {
  const { actions, writeOff, kind } = useRuleRowContext();
  const lookup = useContext(AssigneeLookupContext);
  const name = ruleName(kind, rule, lookup);
  return (
    <article className="rule-row rule-row--unreadable" data-rule-id={rule.id}>
      <div className="rule-row__line">
        <RowLead
          entry={entry}
          name={name}
          number={ruleNumber(entry, index)}
          handle={handle}
          selectable={rule.serverId !== null}
        />
        <div className="rule-row__unreadable">
          <UnreadableRecord row={{ ok: false, raw: rule.raw, id: rule.serverId, reason: rule.reason }} noun="rule" />
        </div>
        <RuleActionsMenu
          entry={entry}
          name={name}
          number={ruleNumber(entry, index)}
          actions={actions}
          writeOff={writeOff}
        />
      </div>
    </article>
  );
}

type KindRowProps<K extends RuleKind> = Omit<RuleRowProps, 'entry'> & {
  entry: RuleEntry<RuleListItem<K>>;
  descriptor: RuleKindDescriptor<K>;
};

/**
 * One line per rule: position, handle, title and short id, its filters cut to the line, what a match leads to,
 * badges and the menu; the disclosure opens every filter, the kind's details and the times below.
 */
export function RuleRow<K extends RuleKind>({ entry, index, handle, descriptor }: KindRowProps<K>) {
  const { actions, writeOff, basePath } = useRuleRowContext();
  const lookup = useContext(AssigneeLookupContext);
  const detailsId = useId();
  const { rule, selected, expanded } = entry;
  if (isUnreadableRule(rule)) return <UnreadableRuleRow entry={entry} rule={rule} index={index} handle={handle} />;
  const number = ruleNumber(entry, index);
  const title = descriptor.ruleTitle(rule, lookup);
  const name = ruleName(descriptor.kind, rule, lookup);
  const { Outcome, Details } = descriptor;
  return (
    <article
      className={cx(
        'rule-row',
        selected && 'rule-row--selected',
        entry.change && 'rule-row--changed',
        entry.fresh && 'rule-row--fresh',
        expanded && 'rule-row--expanded',
      )}
      data-rule-id={rule.id}
    >
      <div className="rule-row__line">
        <RowLead entry={entry} name={name} number={number} handle={handle} selectable />
        <button
          type="button"
          className="rule-row__disclosure"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          aria-label={`Details of ${name}`}
          title={expanded ? 'Hide details' : 'Show details'}
          onClick={() => actions.toggleExpanded(rule.id)}
        />
        <RowLink href={`${basePath}/${rule.id}`} className="rule-row__title" title={title}>
          <span className="rule-row__title-text">{title}</span> <code className="rule-row__id">{shortId(rule.id)}</code>
        </RowLink>
        {/* The pills say "All of" / "Any of" when the match type matters (more than one filter). */}
        <div className="rule-row__filters" title={ruleSummary(rule)}>
          <FilterPills group={rule.filters} />
        </div>
        <div className="rule-row__outcome">
          <Outcome rule={rule} />
        </div>
        <RuleStatsSummary view={entry.stats} winsWord={descriptor.wins.word} />
        <div className="rule-row__badges">
          {entry.fresh && <Badge tone="success">New</Badge>}
          {rule.disabled_data && <RuleDisabledBadge message={rule.disabled_data.message} />}
          {entry.tied && <RuleTiedBadge />}
          <RuleStatsBadges rule={rule} name={name} view={entry.stats} reorderOff={entry.reorderOff} />
          {entry.change && <Badge className="rule-row__change">{changeWords[entry.change]}</Badge>}
        </div>
        <RuleActionsMenu entry={entry} name={name} number={number} actions={actions} writeOff={writeOff} />
      </div>
      {expanded && (
        <div id={detailsId} className="rule-row__details" role="region" aria-label={`Details of ${name}`}>
          <FilterPills group={rule.filters} />
          {Details && <Details rule={rule} />}
          <RuleStatsDetails view={entry.stats} wins={descriptor.wins} />
          <RuleTimes createdAt={rule.created_at} updatedAt={rule.updated_at} />
        </div>
      )}
    </article>
  );
}

/** The rows of one kind. Keep the result stable for SortableList: its rows are memoized on it. */
export function ruleRowRenderer<K extends RuleKind>(
  descriptor: RuleKindDescriptor<K>,
): RenderItem<RuleEntry<RuleListItem<K>>> {
  return (entry, { index, handle }) => <RuleRow entry={entry} index={index} handle={handle} descriptor={descriptor} />;
}
