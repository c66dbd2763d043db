import { replayableProperties } from '../../../rule-engine';
import type { StatsProjection } from './stats-projection';

const text = (properties: Record<string, unknown>, key: string): string | null =>
  Object.hasOwn(properties, key) ? JSON.stringify(properties[key]) : null;

/**
 * One event's columns of the projection, as JSON text (null: the event lacks the property), from its whole
 * properties: what the SQLite reader gets from `->` on the stored text, so both read events alike.
 */
export function projectProperties(
  properties: Record<string, unknown>,
  { columns }: StatsProjection,
): (string | null)[] {
  const replayed = replayableProperties(properties);
  return columns.map((column) => {
    if (column.read !== 'when-missing') return text(replayed, column.key);
    return column.missing.some((key) => !Object.hasOwn(replayed, key)) ? text(replayed, column.key) : null;
  });
}
