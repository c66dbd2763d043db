import { RE2JS } from 're2js';
import { BoundedCache } from './bounded-cache';
import { HogError } from './hog-error';
import { toRe2Syntax } from './rust-regex-syntax';

type Compiled = { regex: RE2JS } | { error: string };

const cache = new BoundedCache<Compiled>(1_000);

function compile(pattern: string): Compiled {
  try {
    return { regex: RE2JS.compile(toRe2Syntax(pattern)) };
  } catch (error) {
    if (error instanceof HogError) return { error: error.message };
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    return { error: `invalid regex: ${reason}` };
  }
}

/**
 * A pattern in the Rust `regex` crate's dialect (no look-around, no backreferences; `(?i)` works), compiled once by
 * RE2JS and kept in a bounded cache. A pattern that does not compile throws, like `VmError::InvalidRegex`, which
 * disables the rule in cymbal.
 */
export function rustRegex(pattern: string): RE2JS {
  const compiled = cache.getOrCreate(pattern, () => compile(pattern));
  if ('error' in compiled) throw new HogError(compiled.error);
  return compiled.regex;
}
