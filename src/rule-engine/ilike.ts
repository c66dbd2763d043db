import { RE2JS } from 're2js';
import { BoundedCache } from './bounded-cache';
import { HogError } from './hog-error';

type Token = { wildcard: boolean; regex: string };

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  let escape = false;
  for (const char of pattern) {
    if (escape) {
      out.push({
        wildcard: false,
        regex: RE2JS.quote(char === '%' || char === '_' || char === '\\' ? char : `\\${char}`),
      });
      escape = false;
    } else if (char === '\\') escape = true;
    else if (char === '%') out.push({ wildcard: true, regex: '(?s:.*)' });
    else if (char === '_') out.push({ wildcard: false, regex: '.' });
    else out.push({ wildcard: false, regex: RE2JS.quote(char) });
  }
  if (escape) out.push({ wildcard: false, regex: RE2JS.quote('\\') });
  return out;
}

/**
 * HogVM's LIKE pattern as a regex (util.rs `like_to_regex`): `%` is any run of characters, newlines included
 * (newest VM), `_` one character other than a newline, `\%` `\_` `\\` escape, a backslash before anything else is
 * a literal backslash, every other character is literal, and the match is anchored at both ends. Leading and
 * trailing `%` become a missing anchor instead: the same strings match, and RE2 searches instead of scanning.
 */
export function likeToRegex(pattern: string): string {
  const parts = tokens(pattern);
  let start = 0;
  while (start < parts.length && parts[start]!.wildcard) start++;
  if (parts.length > 0 && start === parts.length) return '';
  let end = parts.length;
  while (end > start && parts[end - 1]!.wildcard) end--;
  const middle = parts
    .slice(start, end)
    .map((part) => part.regex)
    .join('');
  return `${start === 0 ? '^' : ''}${middle}${end === parts.length ? '$' : ''}`;
}

const cache = new BoundedCache<RE2JS>(1_000);

function compile(pattern: string): RE2JS {
  try {
    return RE2JS.compile(likeToRegex(pattern), RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new HogError(`invalid LIKE pattern: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `value ILIKE pattern`: case-insensitive with Unicode simple case folding, as the Rust `regex` crate folds. */
export const hogILike = (value: string, pattern: string): boolean =>
  cache.getOrCreate(pattern, () => compile(pattern)).test(value);
