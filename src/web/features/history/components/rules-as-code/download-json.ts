/** Saves `value` as a JSON file the browser downloads. */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL may go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "rules-web-app-2026-05-01.json" */
export function documentFileName(environmentName: string, at = new Date()): string {
  const slug = environmentName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `rules-${slug || 'environment'}-${at.toISOString().slice(0, 10)}.json`;
}
