import { isJsonObject, type JsonObject } from './json-guard';
import type { Json } from './types';

/** The exception entries of `$exception_list` (anything that is not an object is skipped). */
export function exceptionEntries(properties: Record<string, Json>): JsonObject[] {
  const list = Object.hasOwn(properties, '$exception_list') ? properties.$exception_list : undefined;
  return Array.isArray(list) ? list.filter(isJsonObject) : [];
}

/** An entry's stack frames (`stacktrace.frames`), objects only. */
export function framesOf(exception: JsonObject): JsonObject[] {
  const stacktrace = exception.stacktrace;
  const frames = isJsonObject(stacktrace) ? stacktrace.frames : undefined;
  return Array.isArray(frames) ? frames.filter(isJsonObject) : [];
}

/** cymbal's crates layout: `in_app` defaults to true. */
export const inAppFrames = (exception: JsonObject): JsonObject[] =>
  framesOf(exception).filter((frame) => frame.in_app !== false);

const text = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

export const frameSource = (frame: JsonObject): string | undefined => text(frame.source) ?? text(frame.filename);

export const frameFunction = (frame: JsonObject): string | undefined =>
  text(frame.resolved_name) ?? text(frame.function) ?? text(frame.mangled_name);
