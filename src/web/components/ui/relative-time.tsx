import { formatAbsoluteTime, formatRelativeTime } from '../../lib/relative-time';

/** "3 days ago" in a <time>, with the exact date and time as its title. */
export function RelativeTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatAbsoluteTime(iso)}>
      {formatRelativeTime(iso)}
    </time>
  );
}
