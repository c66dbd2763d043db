import { unescapeHogQLString } from './hogql-string';

export type HogQLToken =
  | { kind: 'word'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'symbol'; text: string }
  | { kind: 'placeholder'; name: string };

const word = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const number = /(?:0|[1-9][0-9]{0,8})(?![A-Za-z0-9_$])/y;
const placeholder = /\{([a-z]+)\}/y;
const symbols = ['>=', '.', ',', '(', ')', '=', '>', '-'];

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === "'") return i;
  }
  return -1;
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * The few kinds of token the console's query is made of, or null when `text` holds anything else (comments,
 * semicolons, quoted identifiers, other operators): whatever the console never writes is not read. `{name}`
 * placeholders are taken only in templates.
 */
export function tokenizeHogQL(text: string, { placeholders = false } = {}): HogQLToken[] | null {
  const tokens: HogQLToken[] = [];
  let at = 0;
  while (at < text.length) {
    if (/\s/.test(text[at]!)) {
      at++;
      continue;
    }
    if (text[at] === "'") {
      const end = stringEnd(text, at);
      const value = end === -1 ? null : unescapeHogQLString(text.slice(at + 1, end));
      if (value === null) return null;
      tokens.push({ kind: 'string', value });
      at = end + 1;
      continue;
    }
    const words = matchAt(word, text, at);
    const digits = words ? null : matchAt(number, text, at);
    const slot = words || digits || !placeholders ? null : matchAt(placeholder, text, at);
    const symbol = symbols.find((each) => text.startsWith(each, at));
    if (words) tokens.push({ kind: 'word', text: words[0] });
    else if (digits) tokens.push({ kind: 'number', value: Number(digits[0]) });
    else if (slot) tokens.push({ kind: 'placeholder', name: slot[1]! });
    else if (symbol) tokens.push({ kind: 'symbol', text: symbol });
    else return null;
    at += words?.[0].length ?? digits?.[0].length ?? slot?.[0].length ?? symbol!.length;
  }
  return tokens;
}
