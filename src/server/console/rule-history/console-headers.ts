import type { Context } from 'hono';
import { actorHeader, planLabelHeader } from '../../../contract/rule-history';
import { maxActorNameLength, maxPlanLabelLength } from '../../../contract/rule-history-api';
import { problems } from '../../http/api-error';

export type ConsoleHeaders = { personName: string | null; planLabel: string | null };

// Every character URI-encoded in UTF-8 is at most 12 characters: longer cannot decode within the limit.
const encodedCharsPerChar = 12;
const controlCharacter = /\p{Cc}/u;

function readHeader(c: Context, name: string, maxLength: number): string | null {
  const raw = c.req.header(name);
  if (raw === undefined) return null;
  const invalid = (detail: string) => problems.validation(`${name}: ${detail}`, name);
  if (raw.length > maxLength * encodedCharsPerChar)
    throw invalid(`Ensure this value has at most ${maxLength} characters.`);
  let value: string;
  try {
    value = decodeURIComponent(raw).trim();
  } catch {
    throw invalid('Expected a URI-encoded value.');
  }
  if (value === '') throw invalid('This field may not be blank.');
  if ([...value].length > maxLength) throw invalid(`Ensure this value has at most ${maxLength} characters.`);
  if (controlCharacter.test(value)) throw invalid('Control characters are not allowed.');
  return value;
}

/** The actor and plan headers of a request, checked on every request that carries them (400 when malformed). */
export function readConsoleHeaders(c: Context): ConsoleHeaders {
  return {
    personName: readHeader(c, actorHeader, maxActorNameLength),
    planLabel: readHeader(c, planLabelHeader, maxPlanLabelLength),
  };
}
