import type { EngineEvent, Json } from '../../../../../rule-engine/types';

export type PastedEvent = { ok: true; event: EngineEvent; note: string | null } | { ok: false; problem: string };

const isObject = (value: unknown): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * An event as PostHog shows or exports it (`{uuid, event, properties}`), or its properties alone. Without a uuid
 * the sampling draw cannot be made: PostHog then drops it only by a rule that drops 100 %.
 */
export function parsePastedEvent(text: string): PastedEvent {
  if (text.trim() === '') return { ok: false, problem: 'Paste an event’s JSON first.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `This is not JSON: ${(error as Error).message}` };
  }
  if (!isObject(value)) return { ok: false, problem: 'Expected a JSON object: an event, or its properties.' };
  const wrapped = 'properties' in value;
  const properties = wrapped ? value.properties : value;
  if (!isObject(properties)) return { ok: false, problem: 'The event’s "properties" must be an object.' };
  if (wrapped && value.event !== undefined && value.event !== '$exception') {
    return { ok: false, problem: `This is a "${String(value.event)}" event: rules apply to $exception events only.` };
  }
  const id = value.uuid ?? value.id;
  const uuid = typeof id === 'string' ? id : '';
  const note = uuid === '' ? 'No uuid in what was pasted: no sampling draw is made.' : null;
  return { ok: true, event: { uuid, properties }, note };
}
