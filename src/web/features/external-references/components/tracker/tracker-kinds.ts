import { trackerKinds, type TrackerKind } from '../../../../../contract/integrations';

export type { TrackerKind };

export const trackerLabels: Record<TrackerKind, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  linear: 'Linear',
  jira: 'Jira',
};

export function isTrackerKind(kind: string): kind is TrackerKind {
  return (trackerKinds as readonly string[]).includes(kind);
}

/** "GitHub", or the raw kind of an integration this app does not know. */
export function trackerLabel(kind: string): string {
  return isTrackerKind(kind) ? trackerLabels[kind] : kind;
}
