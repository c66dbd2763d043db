import type { ExceptionQuery } from './build-exception-query';
import { exceptionQueryClauses, hogqlKeywords, type ExceptionQueryClause } from './exception-query-shape';
import { tokenizeHogQL, type HogQLToken } from './hogql-tokens';

type Bindings = Partial<Record<string, HogQLToken>>;

const templates = Object.fromEntries(
  Object.entries(exceptionQueryClauses).map(([clause, text]) => [clause, tokenizeHogQL(text, { placeholders: true })!]),
) as Record<ExceptionQueryClause, HogQLToken[]>;

const placeholderKinds: Record<string, HogQLToken['kind']> = {
  days: 'number',
  limit: 'number',
  offset: 'number',
  event: 'string',
  issue: 'string',
  search: 'string',
};

function sameToken(template: HogQLToken, token: HogQLToken): boolean {
  if (template.kind === 'word' && token.kind === 'word') {
    return hogqlKeywords.has(template.text) ? token.text.toUpperCase() === template.text : token.text === template.text;
  }
  if (template.kind === 'symbol' && token.kind === 'symbol') return token.text === template.text;
  if (template.kind === 'string' && token.kind === 'string') return token.value === template.value;
  if (template.kind === 'number' && token.kind === 'number') return token.value === template.value;
  return false;
}

function sameValue(a: HogQLToken, b: HogQLToken): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Where the clause ends in `tokens` when it starts at `at`, with its placeholders bound; null if it is not there. */
function matchClause(tokens: HogQLToken[], at: number, clause: ExceptionQueryClause, bindings: Bindings) {
  const template = templates[clause];
  const bound: Bindings = { ...bindings };
  for (const [offset, expected] of template.entries()) {
    const token = tokens[at + offset];
    if (token === undefined) return null;
    if (expected.kind === 'placeholder') {
      const earlier = bound[expected.name];
      if (token.kind !== placeholderKinds[expected.name] || (earlier && !sameValue(earlier, token))) return null;
      bound[expected.name] = token;
    } else if (!sameToken(expected, token)) {
      return null;
    }
  }
  return { at: at + template.length, bindings: bound };
}

const numberOf = (token: HogQLToken | undefined) => (token?.kind === 'number' ? token.value : 0);
const stringOf = (token: HogQLToken | undefined) => (token?.kind === 'string' ? token.value : undefined);

/**
 * The parameters of the console's exception query, read back token by token; null for any other text. Optional
 * clauses (event, issue, search, offset) may be left out but not reordered, and nothing may come before, between or after.
 */
export function recognizeExceptionQuery(text: string): ExceptionQuery | null {
  const tokens = tokenizeHogQL(text);
  if (tokens === null) return null;
  let state: { at: number; bindings: Bindings } = { at: 0, bindings: {} };
  const steps: Array<[ExceptionQueryClause, 'required' | 'optional']> = [
    ['select', 'required'],
    ['from', 'required'],
    ['where', 'required'],
    ['window', 'required'],
    ['event', 'optional'],
    ['issue', 'optional'],
    ['search', 'optional'],
    ['order', 'required'],
    ['limit', 'required'],
    ['offset', 'optional'],
  ];
  for (const [clause, need] of steps) {
    const next = matchClause(tokens, state.at, clause, state.bindings);
    if (next === null && need === 'required') return null;
    state = next ?? state;
  }
  if (state.at !== tokens.length) return null;
  const { days, limit, offset, event, issue, search } = state.bindings;
  return {
    days: numberOf(days),
    limit: numberOf(limit),
    ...(offset ? { offset: numberOf(offset) } : {}),
    ...(event ? { event: stringOf(event) } : {}),
    ...(issue ? { issue: stringOf(issue) } : {}),
    ...(search ? { search: stringOf(search) } : {}),
  };
}
