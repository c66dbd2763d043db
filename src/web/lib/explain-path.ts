/** The Rule Lab's Explain view of one stored exception. */
export const explainPath = (envId: number, eventId: string) =>
  `/env/${envId}/rule-lab/explain?event=${encodeURIComponent(eventId)}`;
