export { evaluate } from './evaluate';
export { deriveExceptionProperties } from './derive-exception-properties';
export { defaultFingerprint } from './default-fingerprint';
export { capturedProperties } from './captured-properties';
export type * from './types';
