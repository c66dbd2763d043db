export { evaluate } from './evaluate';
export { deriveExceptionProperties } from './derive-exception-properties';
export { defaultFingerprint } from './default-fingerprint';
export { capturedProperties } from './captured-properties';
export { clientSafeSuppressionRules } from './client-safe-suppression-rules';
export type * from './types';
