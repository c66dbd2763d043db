type Located = { fingerprint: string; issue_id: string };

/** A chosen fingerprint missing from `found` is in no issue the dashboard could find. */
export function movedFingerprints(chosen: readonly string[], issueId: string, found: readonly Located[]): string[] {
  const here = new Set(found.filter((row) => row.issue_id === issueId).map((row) => row.fingerprint));
  return chosen.filter((fingerprint) => !here.has(fingerprint));
}
