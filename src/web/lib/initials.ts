export function initialsOf(name: string): string {
  const words = name
    .replace(/@.*$/, '')
    .split(/[\s._-]+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string) => (word.match(/[\p{L}\p{N}]/u)?.[0] ?? '').toLocaleUpperCase();
  return letter(first) + (last ? letter(last) : '');
}

/** Stable, so one person keeps one avatar colour everywhere. */
export function paletteIndex(seed: string | number, size: number): number {
  let hash = 0;
  for (const char of String(seed)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % size;
}
