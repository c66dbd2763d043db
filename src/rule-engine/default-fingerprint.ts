import { exceptionEntries, frameFunction, frameSource, inAppFrames } from './exception-list';
import { ownProperty } from './json-guard';
import { sha512Hex } from './sha512-hex';
import type { Fingerprint, Json } from './types';

type Exception = {
  id: string | null;
  type: string;
  message: string;
  frames: { rawId: string; source?: string; fn?: string }[];
};

const text = (value: Json | undefined): string => (typeof value === 'string' ? value : '');

function fromList(properties: Record<string, Json>): Exception[] {
  return exceptionEntries(properties).map((exception, index) => ({
    id: typeof exception.id === 'string' ? exception.id : null,
    type: text(exception.type),
    message: text(exception.value),
    frames: inAppFrames(exception).map((frame, frameIndex) => {
      const source = frameSource(frame);
      const fn = frameFunction(frame);
      return {
        rawId: typeof frame.raw_id === 'string' ? frame.raw_id : `${index}/${frameIndex}`,
        ...(source === undefined ? {} : { source }),
        ...(fn === undefined ? {} : { fn }),
      };
    }),
  }));
}

// Events stored without an `$exception_list` still carry cymbal's arrays (or the SDK's legacy single type/message).
function fromArrays(properties: Record<string, Json>): Exception[] {
  const types = ownProperty(properties, '$exception_types');
  const values = ownProperty(properties, '$exception_values');
  const typeList = Array.isArray(types) ? types.map(text) : [text(ownProperty(properties, '$exception_type'))];
  const valueList = Array.isArray(values) ? values.map(text) : [text(ownProperty(properties, '$exception_message'))];
  return Array.from({ length: Math.max(typeList.length, valueList.length) }, (_, index) => ({
    id: null,
    type: typeList[index] ?? '',
    message: valueList[index] ?? '',
    frames: [],
  }));
}

/**
 * The automatic fingerprint, after cymbal's V1 algorithm: SHA-512 (hex) over, for each exception of
 * `$exception_list` in order, its type, then the source file and function name of each in-app frame, or the
 * message when it has no in-app frame. The parts are concatenated without separators, as cymbal's hasher sees them.
 * Not byte-equal to PostHog's (cymbal keys on resolved frames, lines of unresolved ones and the language), but
 * deterministic and the same in the browser and in Node. The record names what went in, in cymbal's shape.
 */
export function defaultFingerprint(properties: Record<string, Json>): Pick<Fingerprint, 'fingerprint' | 'record'> {
  const listed = fromList(properties);
  const exceptions = listed.length > 0 ? listed : fromArrays(properties);
  let hashed = '';
  const record: Json[] = [];
  for (const exception of exceptions) {
    hashed += exception.type;
    if (exception.frames.length === 0) {
      hashed += exception.message;
      record.push({ type: 'exception', id: exception.id, pieces: ['Exception Type', 'Exception Message'] });
      continue;
    }
    record.push({ type: 'exception', id: exception.id, pieces: ['Exception Type'] });
    for (const frame of exception.frames) {
      const pieces: string[] = [];
      if (frame.source !== undefined) {
        hashed += frame.source;
        pieces.push('Source file name');
      }
      if (frame.fn !== undefined) {
        hashed += frame.fn;
        pieces.push('Function name');
      }
      record.push({ type: 'frame', raw_id: frame.rawId, pieces });
    }
  }
  return { fingerprint: sha512Hex(hashed), record };
}
