import { sha512Hex, utf8Length } from './sha512-hex';

/** A client-sent `$exception_fingerprint` as cymbal stores it: hashed with SHA-512 once it is over 64 bytes. */
export const manualFingerprint = (sent: string): string => (utf8Length(sent) > 64 ? sha512Hex(sent) : sent);
