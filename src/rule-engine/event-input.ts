import { isRecord } from './json-guard';
import type { EngineEvent, IssueContext, Json } from './types';

/** The event's properties and uuid, whatever came: odd input reads as no properties and no uuid. */
export function readEvent(event: EngineEvent | null | undefined): { properties: Record<string, Json>; uuid: string } {
  return {
    properties: isRecord(event?.properties) ? event.properties : {},
    uuid: typeof event?.uuid === 'string' ? event.uuid : '',
  };
}

/** The caller's issue, or an existing one when it gave none that can be read. */
export const issueOrNone = (issue: IssueContext | null | undefined): IssueContext =>
  isRecord(issue) ? issue : { isNew: false, reopened: false };
