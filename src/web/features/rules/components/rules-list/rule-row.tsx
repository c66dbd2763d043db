import type { ComponentType, ReactNode } from 'react';
import type { RuleKind, RuleOf } from '../../../../../contract/rules';
import { FilterPills } from '../../../../components/filter-builder/filter-pills';
import type { RenderItem } from '../../../../components/sortable-list';
import { Checkbox } from '../../../../components/ui/checkbox';
import { UnreadableRecord } from '../../../../components/ui/unreadable-record';
import { cx } from '../../../../lib/class-names';
import { isUnreadableRule, type RuleListItem, type UnreadableRule } from '../../../../data/rules/rule-list-item';
import { RuleActionsMenu } from './rule-actions-menu';
import { Badge } from '../../../../components/ui/badge';
import { RuleDisabledBadge } from './rule-disabled-badge';
import { RuleTiedBadge } from './rule-tied-badge';
import type { RuleEntry } from './rule-entries';
import { useRuleRowContext } from './rule-row-context';
import { RuleTimes } from './rule-times';
import { RowLink } from './row-link';

/** The rule's number as people see it: its place in the whole list (the evaluation order), 1-based. */
export const ruleNumber = (entry: RuleEntry, index: number) => (entry.reorderOff === null ? index : entry.position) + 1;

const changeWords = { added: 'Added', moved: 'Moved' } as const;

type RuleRowProps = { entry: RuleEntry; index: number; handle: ReactNode };

type RowLeadProps = { entry: RuleEntry; number: number; handle: ReactNode; selectable: boolean };

function RowLead({ entry, number, handle, selectable }: RowLeadProps) {
  const { actions } = useRuleRowContext();
  return (
    <div className="rule-row__lead">
      {selectable && (
        <Checkbox
          aria-label={`Select rule ${number}`}
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
  const { actions, writeOff } = useRuleRowContext();
  const number = ruleNumber(entry, index);
  return (
    <article className="rule-row rule-row--unreadable" data-rule-id={rule.id}>
      <RowLead entry={entry} number={number} handle={handle} selectable={rule.serverId !== null} />
      <div className="rule-row__body">
        <UnreadableRecord
          row={{ ok: false, raw: rule.raw, id: rule.serverId, reason: rule.reason }}
          noun={`rule ${number}`}
        />
      </div>
      <div className="rule-row__actions">
        <RuleActionsMenu entry={entry} number={number} actions={actions} writeOff={writeOff} />
      </div>
    </article>
  );
}

type KindRowProps<K extends RuleKind> = Omit<RuleRowProps, 'entry'> & {
  entry: RuleEntry<RuleListItem<K>>;
  Details: ComponentType<{ rule: RuleOf<K> }>;
};

export function RuleRow<K extends RuleKind>({ entry, index, handle, Details }: KindRowProps<K>) {
  const { actions, writeOff, basePath } = useRuleRowContext();
  const { rule, selected } = entry;
  if (isUnreadableRule(rule)) return <UnreadableRuleRow entry={entry} rule={rule} index={index} handle={handle} />;
  const number = ruleNumber(entry, index);
  return (
    <article
      className={cx('rule-row', selected && 'rule-row--selected', entry.change && 'rule-row--changed')}
      data-rule-id={rule.id}
    >
      <RowLead entry={entry} number={number} handle={handle} selectable />
      <div className="rule-row__body">
        <div className="rule-row__header">
          <RowLink href={`${basePath}/${rule.id}`} className="rule-row__title">
            Rule {number}
          </RowLink>
          {rule.disabled_data && <RuleDisabledBadge message={rule.disabled_data.message} />}
          {entry.tied && <RuleTiedBadge />}
          {entry.change && <Badge className="rule-row__change">{changeWords[entry.change]}</Badge>}
        </div>
        {/* The pills say "All of" / "Any of" when the match type matters (more than one filter). */}
        <FilterPills group={rule.filters} />
        <Details rule={rule} />
        <RuleTimes createdAt={rule.created_at} updatedAt={rule.updated_at} />
      </div>
      <div className="rule-row__actions">
        <RuleActionsMenu entry={entry} number={number} actions={actions} writeOff={writeOff} />
      </div>
    </article>
  );
}

/** The rows of one kind. Keep the result stable for SortableList: its rows are memoized on it. */
export function ruleRowRenderer<K extends RuleKind>(
  Details: ComponentType<{ rule: RuleOf<K> }>,
): RenderItem<RuleEntry<RuleListItem<K>>> {
  return (entry, { index, handle }) => <RuleRow entry={entry} index={index} handle={handle} Details={Details} />;
}
