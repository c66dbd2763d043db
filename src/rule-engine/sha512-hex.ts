import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** SHA-512 of the UTF-8 bytes, in lowercase hex: Rust's `format!("{:x}", Sha512::digest(s))`. */
export const sha512Hex = (text: string): string => bytesToHex(sha512(utf8ToBytes(text)));

/** Rust's `str::len()`: the length in UTF-8 bytes. */
export const utf8Length = (text: string): number => utf8ToBytes(text).length;
