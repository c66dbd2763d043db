import { exceptionQueryClauses, hogqlKeywords, type ExceptionQueryClause } from './exception-query-shape';
import { tokenizeHogQL, type HogQLToken } from './hogql-tokens';

/** What a placeholder stands for: one number, one string, or a comma-separated list of `toUUID('…')`. */
export type PlaceholderKind = 'number' | 'string' | 'uuid-list';

/** Each placeholder's tokens: one for a number or a string, the strings of a list. */
export type Bindings = Partial<Record<string, HogQLToken[]>>;

export type ClauseStep = readonly [ExceptionQueryClause, 'required' | 'optional'];

const templates = Object.fromEntries(
  Object.entries(exceptionQueryClauses).map(([clause, text]) => [clause, tokenizeHogQL(text, { placeholders: true })!]),
) as Record<ExceptionQueryClause, HogQLToken[]>;

function sameToken(template: HogQLToken, token: HogQLToken): boolean {
  if (template.kind === 'word' && token.kind === 'word') {
    return hogqlKeywords.has(template.text) ? token.text.toUpperCase() === template.text : token.text === template.text;
  }
  if (template.kind === 'symbol' && token.kind === 'symbol') return token.text === template.text;
  if (template.kind === 'string' && token.kind === 'string') return token.value === template.value;
  if (template.kind === 'number' && token.kind === 'number') return token.value === template.value;
  return false;
}

const isSymbol = (token: HogQLToken | undefined, text: string) => token?.kind === 'symbol' && token.text === text;

/** `toUUID('…')` at `at`: the string token, or null. */
function uuidCall(tokens: HogQLToken[], at: number): HogQLToken | null {
  const [name, open, value, close] = tokens.slice(at, at + 4);
  const called = name?.kind === 'word' && name.text === 'toUUID' && isSymbol(open, '(') && isSymbol(close, ')');
  return called && value?.kind === 'string' ? value : null;
}

/** The placeholder's tokens starting at `at`, and how many tokens of the query they take; null if none fit. */
function readPlaceholder(tokens: HogQLToken[], at: number, kind: PlaceholderKind) {
  if (kind !== 'uuid-list') {
    const token = tokens[at];
    return token?.kind === kind ? { bound: [token], length: 1 } : null;
  }
  const bound: HogQLToken[] = [];
  let next = at;
  for (;;) {
    const value = uuidCall(tokens, next);
    if (value === null) return null;
    bound.push(value);
    next += 4;
    if (!isSymbol(tokens[next], ',')) return { bound, length: next - at };
    next++;
  }
}

const sameValue = (a: HogQLToken[], b: HogQLToken[]) => JSON.stringify(a) === JSON.stringify(b);

/** Where the clause ends in `tokens` when it starts at `at`, with its placeholders bound; null if it is not there. */
function matchClause(
  tokens: HogQLToken[],
  at: number,
  clause: ExceptionQueryClause,
  bindings: Bindings,
  kinds: Record<string, PlaceholderKind>,
) {
  const bound: Bindings = { ...bindings };
  let position = at;
  for (const expected of templates[clause]) {
    if (expected.kind === 'placeholder') {
      const kind = kinds[expected.name];
      const read = kind === undefined ? null : readPlaceholder(tokens, position, kind);
      const earlier = bound[expected.name];
      if (read === null || (earlier && !sameValue(earlier, read.bound))) return null;
      bound[expected.name] = read.bound;
      position += read.length;
      continue;
    }
    const token = tokens[position];
    if (token === undefined || !sameToken(expected, token)) return null;
    position++;
  }
  return { at: position, bindings: bound };
}

/**
 * The placeholders of a query made of `steps`' clauses, read back token by token; null for any other text.
 * Optional clauses may be left out but not reordered, and nothing may come before, between or after.
 */
export function matchClauses(
  text: string,
  steps: readonly ClauseStep[],
  kinds: Record<string, PlaceholderKind>,
): Bindings | null {
  const tokens = tokenizeHogQL(text);
  if (tokens === null) return null;
  let state: { at: number; bindings: Bindings } = { at: 0, bindings: {} };
  for (const [clause, need] of steps) {
    const next = matchClause(tokens, state.at, clause, state.bindings, kinds);
    if (next === null && need === 'required') return null;
    state = next ?? state;
  }
  return state.at === tokens.length ? state.bindings : null;
}

export const numberOf = (tokens: HogQLToken[] | undefined) => (tokens?.[0]?.kind === 'number' ? tokens[0].value : 0);

export const stringsOf = (tokens: HogQLToken[] | undefined): string[] =>
  (tokens ?? []).flatMap((token) => (token.kind === 'string' ? [token.value] : []));
