/** The Rule Lab's views of one environment; `search` carries the Issues page's filters to the re-apply view. */
export const reapplyPath = (envId: number, search = '') =>
  `/env/${envId}/rule-lab/reapply${search && !search.startsWith('?') ? `?${search}` : search}`;

export const explainPath = (envId: number, eventUuid: string) =>
  `/env/${envId}/rule-lab/explain?event=${encodeURIComponent(eventUuid)}`;
