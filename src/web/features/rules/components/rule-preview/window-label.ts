import { formatCount } from '../../../../lib/format';
import { previewWindows } from '../../../../lib/use-preview-window';

export const windowName = (days: number) => (days === 1 ? 'last 24 hours' : `last ${days} days`);

export const windowOptions = previewWindows.map((days) => ({
  value: String(days),
  label: days === 1 ? 'Last 24 hours' : `Last ${days} days`,
}));

/** "the last 1,234 exceptions (7 days)": how many it was tried on, and from when. */
export const triedOn = (exceptions: number, days: number) =>
  `the last ${formatCount(exceptions)} ${exceptions === 1 ? 'exception' : 'exceptions'} (${days === 1 ? '24 hours' : `${days} days`})`;
