import type { RuleListItem } from '../../../../data/rules/rule-list-item';
import { ruleSummary } from './filter-rules';
import type { ListChanges } from './rule-list-changes';

const counted = (count: number, word: string) => (count > 0 ? [`${count} ${word}`] : []);

/** Says what a change from the server did to the list, while its rows are marked. */
export function ListChangesNotice({ changes }: { changes: ListChanges<RuleListItem> | null }) {
  const rows = changes ? [...changes.rows.values()] : [];
  const parts = changes
    ? [
        ...counted(rows.filter((change) => change === 'added').length, 'added'),
        ...counted(rows.filter((change) => change === 'moved').length, 'moved'),
        ...counted(changes.removed.length, 'removed'),
      ]
    : [];
  const removed = changes?.removed.map((rule) => `“${ruleSummary(rule)}”`).join(', ');
  return (
    <p className="list-changes-notice" role="status">
      {parts.length > 0 && `Updated from the server: ${parts.join(', ')}${removed ? ` (removed: ${removed})` : ''}.`}
    </p>
  );
}
