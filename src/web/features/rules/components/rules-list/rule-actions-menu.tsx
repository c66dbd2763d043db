import { MenuButton, type MenuEntry, type MenuItem } from '../../../../components/ui/menu-button';
import { isUnreadableRule } from '../../../../data/rules/rule-list-item';
import type { RuleEntry } from './rule-entries';
import type { MoveTarget, RuleRowActions } from './rule-row-context';

const blockedBy = (reason: string | null) => (reason === null ? {} : { disabled: true, disabledReason: reason });

type RuleActionsMenuProps = {
  entry: RuleEntry;
  /** How the rule is named (see `ruleName`). */
  name: string;
  /** Its position, 1-based: the first cannot move up. */
  number: number;
  actions: RuleRowActions;
  writeOff: string | null;
};

const noId = 'It came without an id: delete it in PostHog.';

/**
 * Edit, History, the non-drag moves, Duplicate, Copy as JSON and Delete for one rule. A record that could not be read can be
 * moved, copied and deleted (when it has an id), not edited or duplicated.
 */
export function RuleActionsMenu({ entry, name, number, actions, writeOff }: RuleActionsMenuProps) {
  const { rule, reorderOff } = entry;
  const first = number === 1;
  const move = (label: string, target: MoveTarget, atEnd: boolean, endReason: string): MenuItem => ({
    label,
    onSelect: () => actions.move(rule.id, target),
    disabled: reorderOff !== null || atEnd,
    disabledReason: reorderOff ?? (atEnd ? endReason : undefined),
  });
  const moves: MenuEntry[] = [
    move('Move up', 'up', first, 'Already first'),
    move('Move down', 'down', entry.last, 'Already last'),
    move('Move to top', 'top', first, 'Already first'),
    move('Move to bottom', 'bottom', entry.last, 'Already last'),
    'separator',
  ];
  const copy: MenuItem = { label: 'Copy as JSON', onSelect: () => actions.copy(rule) };
  const remove = (reason: string | null): MenuItem => ({
    label: 'Delete…',
    tone: 'danger',
    onSelect: () => actions.remove(rule),
    ...blockedBy(reason),
  });
  const items: MenuEntry[] = isUnreadableRule(rule)
    ? [...moves, copy, 'separator', remove(writeOff ?? (rule.serverId === null ? noId : null))]
    : [
        { label: 'Edit', onSelect: () => actions.edit(rule.id) },
        { label: 'History', onSelect: () => actions.history(rule.id) },
        'separator',
        ...moves,
        { label: 'Duplicate', onSelect: () => actions.duplicate(rule), ...blockedBy(writeOff) },
        copy,
        'separator',
        remove(writeOff),
      ];
  return (
    <div className="rule-row__actions">
      <MenuButton label={`Actions for ${name}`} items={items} />
    </div>
  );
}
