import { Link } from 'react-router';
import type { HistoryEntry } from '../../../../../contract/rule-history';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { RelativeTime } from '../../../../components/ui/relative-time';
import { cx } from '../../../../lib/class-names';
import { actorLabel, describeEntry, kindsText } from './describe-entry';

type HistoryTimelineProps = {
  entries: readonly HistoryEntry[];
  selectedId: number | null;
  entryHref: (id: number) => string;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
};

function EntryItem({ entry, selected, href }: { entry: HistoryEntry; selected: boolean; href: string }) {
  return (
    <li className={cx('history-entry', selected && 'history-entry--selected')}>
      <Link to={href} className="history-entry__title" aria-current={selected ? 'true' : undefined}>
        {describeEntry(entry)}
      </Link>
      <p className="history-entry__meta">
        <span className="history-entry__id">#{entry.id}</span>
        <span>{actorLabel(entry.actor)}</span>
        <RelativeTime iso={entry.recorded_at} />
      </p>
      {(entry.kinds.length > 0 || entry.plan_label) && (
        <p className="history-entry__meta">
          {entry.kinds.length > 0 && <span>{kindsText(entry.kinds)}</span>}
          {entry.plan_label && <Badge>{entry.plan_label}</Badge>}
        </p>
      )}
    </li>
  );
}

/** The changes, newest first, one line each (what, who, when), and "Load older" while there are older ones. */
export function HistoryTimeline({
  entries,
  selectedId,
  entryHref,
  hasOlder,
  loadingOlder,
  onLoadOlder,
}: HistoryTimelineProps) {
  return (
    <div className="history-timeline">
      <ol className="history-timeline__list" aria-label="Changes, newest first">
        {entries.map((entry) => (
          <EntryItem key={entry.id} entry={entry} selected={entry.id === selectedId} href={entryHref(entry.id)} />
        ))}
      </ol>
      {hasOlder && (
        <Button className="history-timeline__more" busy={loadingOlder} onClick={onLoadOlder}>
          {loadingOlder ? 'Loading older changes…' : 'Load older'}
        </Button>
      )}
    </div>
  );
}
