/**
 * A whole number with English digit grouping: "1,000", "12,345". Written out rather than `toLocaleString('en')`: the
 * first Intl object of a page loads the locale data (20–50 ms measured in Chromium), and counts are on every list's
 * first render. The tests hold it to Intl's answer.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "Assignment rule 3" from "assignment rule 3": the first letter upper case, the rest as it is. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 rule", "3 rules", "1,000 fingerprints". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
