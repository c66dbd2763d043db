import { useState } from 'react';
import { formatAbsoluteTime, formatRelativeTime } from '../../lib/relative-time';

/**
 * "3 days ago" in a <time>, with the exact date and time as its title once the pointer reaches it: formatting a date
 * for the reader's locale loads locale data (20–50 ms the first time), which a list's first render should not wait
 * for. The machine-readable time is in `dateTime` from the start.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const [title, setTitle] = useState<string>();
  return (
    <time dateTime={iso} title={title} onPointerEnter={() => setTitle(formatAbsoluteTime(iso))}>
      {formatRelativeTime(iso)}
    </time>
  );
}
