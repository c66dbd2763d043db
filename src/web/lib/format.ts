/** Not `toLocaleString('en')`: the first Intl object of a page loads the locale data (20–50 ms in Chromium). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** A count in at most four characters: 999, 1.2k, 12k, 1.2M. */
export function compactCount(count: number): string {
  if (count < 1000) return String(count);
  const [size, unit] = count < 1_000_000 ? [1000, 'k'] : [1_000_000, 'M'];
  const scaled = count / size;
  return `${scaled < 10 ? Math.floor(scaled * 10) / 10 : Math.floor(scaled)}${unit}`;
}
