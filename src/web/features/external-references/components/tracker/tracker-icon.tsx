import type { ReactNode } from 'react';
import { cx } from '../../../../lib/class-names';
import { isTrackerKind, type TrackerKind } from './tracker-kinds';
import './tracker-icon.css';

// Simplified marks, drawn here so the page needs no external assets; the kind's name is always shown beside them.
const marks: Record<TrackerKind, ReactNode> = {
  github: (
    <>
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path
        d="M8 18.5v-2.2c-1.8.3-2.4-.8-2.7-1.5M16 18.5v-2.6c0-.8-.3-1.3-.7-1.6 2-.3 3.7-1.1 3.7-4.2 0-.9-.3-1.6-.8-2.2.1-.4.3-1.2-.1-2.2 0 0-.7-.2-2.2.8a7.6 7.6 0 0 0-4 0C8.4 4 7.7 4.2 7.7 4.2c-.4 1-.2 1.8-.1 2.2-.5.6-.8 1.3-.8 2.2 0 3.1 1.7 3.9 3.7 4.2-.3.3-.6.7-.7 1.3"
        fill="none"
        stroke="var(--color-bg)"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
  gitlab: <path d="M12 21.5 2.5 13.6 4.6 3.5l3 8.2h8.8l3-8.2 2.1 10.1Z" fill="currentColor" />,
  linear: (
    <>
      <circle cx="12" cy="12" r="10.5" fill="currentColor" />
      <path d="M5 11.5 12.5 19M5.5 7.5 16.5 18.5M8 5l11 11" stroke="var(--color-bg)" strokeWidth="1.6" />
    </>
  ),
  jira: (
    <>
      <path d="M12 2.5 21.5 12 12 21.5 2.5 12Z" fill="currentColor" />
      <path d="M12 7.5 16.5 12 12 16.5 7.5 12Z" fill="var(--color-bg)" />
    </>
  ),
};

/** The tracker's mark, decorative (aria-hidden): the tracker is named in text next to it. */
export function TrackerIcon({ kind, className }: { kind: string; className?: string }) {
  const known = isTrackerKind(kind) ? kind : null;
  return (
    <svg
      className={cx('tracker-icon', known && `tracker-icon--${known}`, className)}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {known ? marks[known] : <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />}
    </svg>
  );
}
