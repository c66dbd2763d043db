import { Badge } from '../../../../components/ui/badge';
import { MenuButton, type MenuEntry, type MenuItem } from '../../../../components/ui/menu-button';
import type { RuleListItem } from '../../../../data/rules/rule-list-item';
import { formatCount } from '../../../../lib/format';
import { useRuleRowContext } from '../rules-list/rule-row-context';
import type { RuleStatsView } from './rule-stats-view';

type RuleStatsBadgesProps = {
  rule: RuleListItem;
  /** How the rule is named (see `ruleName`). */
  name: string;
  view: RuleStatsView;
  /** Why the list cannot be reordered now (filtered, read-only), or null. */
  reorderOff: string | null;
};

type Warning = { key: string; word: string; tone: 'warning' | 'danger' | 'neutral'; label: string; items: MenuEntry[] };

/**
 * What the statistics find wrong with a rule, each a badge that opens its fixes: shadowed (move it above the rule
 * that wins its exceptions, edit, delete), never matched (edit, delete), would be disabled (edit).
 */
export function RuleStatsBadges({ rule, name, view, reorderOff }: RuleStatsBadgesProps) {
  const { actions, writeOff } = useRuleRowContext();
  if (view.state !== 'ready' || view.stat.disabled) return null;
  const { stat, shadowers, moveAboveId, window } = view;
  const edit: MenuItem = { label: 'Edit the rule', onSelect: () => actions.edit(rule.id) };
  const remove: MenuItem = {
    label: 'Delete…',
    tone: 'danger',
    onSelect: () => actions.remove(rule),
    ...(writeOff === null ? {} : { disabled: true, disabledReason: writeOff }),
  };
  const warnings: Warning[] = [];
  if (shadowers.length > 0) {
    const [main] = shadowers;
    const above = shadowers.find((shadower) => shadower.id === moveAboveId) ?? main!;
    const blocked = reorderOff ?? writeOff;
    warnings.push({
      key: 'shadowed',
      word: 'Shadowed',
      tone: 'warning',
      label: `Shadowed by ${main!.name}${shadowers.length > 1 ? ` and ${shadowers.length - 1} more` : ''}: fixes`,
      items: [
        {
          label: `Move above ${above.name}`,
          onSelect: () => actions.moveAbove(rule.id, above.id),
          ...(blocked === null ? {} : { disabled: true, disabledReason: blocked }),
        },
        edit,
        'separator',
        remove,
      ],
    });
  }
  if (stat.neverMatched) {
    warnings.push({
      key: 'never',
      word: 'Never matched',
      tone: 'neutral',
      label: `Never matched in the last ${window.label}: fixes`,
      items: [edit, 'separator', remove],
    });
  }
  if (stat.errors) {
    warnings.push({
      key: 'errors',
      word: 'Would be disabled',
      tone: 'danger',
      label: `Would be disabled: ${stat.errors.message} (${formatCount(stat.errors.count)} exceptions): fixes`,
      items: [edit],
    });
  }
  return warnings.map((warning) => (
    <MenuButton
      key={warning.key}
      label={`${warning.label} for ${name}`}
      items={warning.items}
      align="end"
      className="rule-stats-badge"
    >
      <Badge tone={warning.tone}>{warning.word}</Badge>
    </MenuButton>
  ));
}
