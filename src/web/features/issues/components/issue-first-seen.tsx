import { RelativeTime } from '../../../components/ui/relative-time';

/** PostHog sends null for an issue that holds no fingerprint (all split off). */
export function IssueFirstSeen({ iso }: { iso: string | null | undefined }) {
  if (iso) return <RelativeTime iso={iso} />;
  return <span className="muted">{iso === null ? 'No fingerprints' : '—'}</span>;
}
