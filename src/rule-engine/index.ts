export { evaluate } from './evaluate';
export { deriveExceptionProperties } from './derive-exception-properties';
export { defaultFingerprint } from './default-fingerprint';
export type * from './types';
