import type { EngineAssignee } from './types';

/** A user or a role: anything else names nobody, and cymbal treats the rule's match as no match. */
export const isAssignee = (value: unknown): value is EngineAssignee =>
  value !== null &&
  typeof value === 'object' &&
  'type' in value &&
  'id' in value &&
  (value.type === 'user' || value.type === 'role') &&
  (typeof value.id === 'number' || typeof value.id === 'string');
