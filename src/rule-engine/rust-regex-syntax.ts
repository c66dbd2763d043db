import { HogError } from './hog-error';

const hexDigits = /^[0-9a-fA-F]+$/;

/** `\u{…}`, `\uXXXX`, `\U{…}`, `\UXXXXXXXX` (Rust) as RE2's `\x{…}`; answers the escape and how many chars it used. */
function unicodeEscape(pattern: string, at: number): [string, number] | null {
  const letter = pattern[at + 1];
  if (letter !== 'u' && letter !== 'U') return null;
  if (pattern[at + 2] === '{') {
    const close = pattern.indexOf('}', at + 3);
    const hex = close < 0 ? '' : pattern.slice(at + 3, close);
    return hexDigits.test(hex) ? [`\\x{${hex}}`, close + 1 - at] : null;
  }
  const width = letter === 'u' ? 4 : 8;
  const hex = pattern.slice(at + 2, at + 2 + width);
  return hex.length === width && hexDigits.test(hex) ? [`\\x{${hex}}`, 2 + width] : null;
}

/**
 * Rewrites the escapes where the Rust `regex` crate and RE2 disagree, so RE2 matches what Rust would: Rust's `\d` is
 * Unicode (`\p{Nd}`), it spells code points `\u{…}` too, and it rejects `\Q…\E`, `\C` and numbered escapes
 * (backreferences, octal) that RE2 accepts. Word-boundary forms `\<`, `\>` and `\b{…}` become `\b`.
 */
export function toRe2Syntax(pattern: string): string {
  let out = '';
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at]!;
    if (char !== '\\' || at + 1 >= pattern.length) {
      out += char;
      continue;
    }
    const next = pattern[at + 1]!;
    const unicode = unicodeEscape(pattern, at);
    if (unicode) {
      out += unicode[0];
      at += unicode[1] - 1;
    } else if (next >= '0' && next <= '9') {
      throw new HogError(`invalid regex: backreferences are not supported: \`\\${next}\``);
    } else if (next === 'Q' || next === 'E' || next === 'C') {
      throw new HogError(`invalid regex: unrecognized escape sequence: \`\\${next}\``);
    } else if (next === 'd' || next === 'D') {
      out += next === 'd' ? '\\p{Nd}' : '\\P{Nd}';
      at++;
    } else if (next === '<' || next === '>') {
      out += '\\b';
      at++;
    } else if (next === 'b' && pattern[at + 2] === '{' && pattern.indexOf('}', at + 3) > 0) {
      out += '\\b';
      at = pattern.indexOf('}', at + 3);
    } else {
      out += char + next;
      at++;
    }
  }
  return out;
}
