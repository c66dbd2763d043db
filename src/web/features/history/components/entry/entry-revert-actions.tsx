import { useId } from 'react';
import type { HistoryEntryDetail } from '../../../../../contract/rule-history';
import { ruleKinds as kindNames } from '../../../../../contract/rules';
import { Button } from '../../../../components/ui/button';
import { MenuButton, type MenuEntry } from '../../../../components/ui/menu-button';
import { shortId } from '../../../../lib/short-id';
import { ruleKinds } from '../../../rules';
import { kindScope, restoreRequest, undoRequest, type RevertRequest } from '../revert/revert-request';

type EntryRevertActionsProps = {
  entry: HistoryEntryDetail;
  /** The rule the page is narrowed to: its own undo and restore come first. */
  rule: string | null;
  onRevert: (request: RevertRequest) => void;
  /** Why nothing can be written (a read-only key), or null. */
  writeOff: string | null;
};

/** Undo what the entry changed, or restore the state it left: every list, one kind's, or one rule. */
export function EntryRevertActions({ entry, rule, onRevert, writeOff }: EntryRevertActionsProps) {
  const { previous } = entry;
  const reasonId = useId();
  const ruleHere = rule !== null && entry.rule_ids.includes(rule);
  const undoOff = writeOff ?? (previous === null ? 'No earlier state is kept to go back to.' : null);
  const items: MenuEntry[] = [
    ...(rule === null
      ? []
      : [
          {
            label: `Rule ${shortId(rule)} only`,
            onSelect: () => onRevert(restoreRequest(entry, { type: 'rule', id: rule })),
          },
          'separator' as const,
        ]),
    { label: 'Every rule list', onSelect: () => onRevert(restoreRequest(entry, { type: 'environment' })) },
    ...kindNames.map((kind) => ({
      label: `${ruleKinds[kind].title} only`,
      onSelect: () => onRevert(restoreRequest(entry, kindScope(kind))),
    })),
  ];
  return (
    <div className="history-detail__actions">
      {entry.rule_ids.length > 0 && (
        <Button
          aria-disabled={undoOff !== null || undefined}
          aria-describedby={undoOff === null ? undefined : reasonId}
          onClick={() => {
            if (undoOff !== null || previous === null) return;
            onRevert(undoRequest(entry, previous, ruleHere ? [rule] : entry.rule_ids));
          }}
        >
          {ruleHere && entry.rule_ids.length > 1 ? 'Undo this change to the rule' : 'Undo this change'}
        </Button>
      )}
      {writeOff === null ? (
        <MenuButton label="Restore this state…" items={items} variant="secondary" align="start">
          Restore this state…
        </MenuButton>
      ) : (
        <Button aria-disabled="true" aria-describedby={reasonId}>
          Restore this state…
        </Button>
      )}
      {(writeOff !== null || (undoOff !== null && entry.rule_ids.length > 0)) && (
        <span id={reasonId} className="history-detail__reason">
          {undoOff}
        </span>
      )}
    </div>
  );
}
