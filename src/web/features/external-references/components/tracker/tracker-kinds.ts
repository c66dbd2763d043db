import { isTrackerKind, type TrackerKind } from '../../../../../contract/integrations';

export { isTrackerKind, type TrackerKind };

export const trackerLabels: Record<TrackerKind, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  linear: 'Linear',
  jira: 'Jira',
};

/** "GitHub", or the raw kind of an integration this app does not know. */
export function trackerLabel(kind: string): string {
  return isTrackerKind(kind) ? trackerLabels[kind] : kind;
}
