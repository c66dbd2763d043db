import { MenuButton, type MenuEntry, type MenuItem } from '../../../../components/ui/menu-button';
import type { RuleEntry } from './rule-entries';
import type { MoveTarget, RuleRowActions } from './rule-row-context';

const blockedBy = (reason: string | null) => (reason === null ? {} : { disabled: true, disabledReason: reason });

type RuleActionsMenuProps = { entry: RuleEntry; number: number; actions: RuleRowActions; writeOff: string | null };

/** Edit, the non-drag moves, Duplicate, Copy as JSON and Delete for one rule. */
export function RuleActionsMenu({ entry, number, actions, writeOff }: RuleActionsMenuProps) {
  const { rule, reorderOff } = entry;
  const first = number === 1;
  const move = (label: string, target: MoveTarget, atEnd: boolean, endReason: string): MenuItem => ({
    label,
    onSelect: () => actions.move(rule.id, target),
    disabled: reorderOff !== null || atEnd,
    disabledReason: reorderOff ?? (atEnd ? endReason : undefined),
  });
  const items: MenuEntry[] = [
    { label: 'Edit', onSelect: () => actions.edit(rule.id) },
    'separator',
    move('Move up', 'up', first, 'Already first'),
    move('Move down', 'down', entry.last, 'Already last'),
    move('Move to top', 'top', first, 'Already first'),
    move('Move to bottom', 'bottom', entry.last, 'Already last'),
    'separator',
    { label: 'Duplicate', onSelect: () => actions.duplicate(rule), ...blockedBy(writeOff) },
    { label: 'Copy as JSON', onSelect: () => actions.copy(rule, number) },
    'separator',
    { label: 'Delete…', tone: 'danger', onSelect: () => actions.remove(rule, number), ...blockedBy(writeOff) },
  ];
  return <MenuButton label={`Actions for rule ${number}`} items={items} />;
}
