import { countOf } from '../../../../lib/format';

/** A fingerprint chosen to split off, with the name its new issue gets (blank: the issue's own name stays). */
export type SplitChoice = { fingerprint: string; name: string };

/**
 * PostHog sends no sample exception with a fingerprint (its record is id, value, issue, created and first seen), so a
 * new issue's name starts as the issue's own.
 */
export const prefilledName = (issue: { name: string | null }) => issue.name ?? '';

export function splitRequest(choices: readonly SplitChoice[]) {
  return {
    fingerprints: choices.map((choice) => ({ fingerprint: choice.fingerprint, name: choice.name.trim() || undefined })),
  };
}

/**
 * Says which names the new issues would share with each other or with the issue itself (`title`), since two issues
 * of one name can only be told apart by their ids. Null when every name is its own.
 */
export function sharedNamesNote(choices: readonly SplitChoice[], title: string): string | null {
  const counts = new Map<string, number>();
  for (const choice of choices) {
    const name = choice.name.trim() || title;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const shared = [...counts].flatMap(([name, count]) => {
    if (name === title) return [`${countOf(count, 'new issue')} would keep this issue’s name, “${name}”.`];
    return count > 1 ? [`${countOf(count, 'new issue')} would be named “${name}”.`] : [];
  });
  return shared.length === 0 ? null : `${shared.join(' ')} Give each a name that tells it apart.`;
}
