/** PostHog's `escape_hogql_string` (`posthog/hogql/escape_sql.py`, from clickhouse_driver): backslash escapes. */
const escapes: Record<string, string> = {
  '\b': '\\b',
  '\f': '\\f',
  '\r': '\\r',
  '\n': '\\n',
  '\t': '\\t',
  '\0': '\\0',
  '\x07': '\\a',
  '\v': '\\v',
  '\\': '\\\\',
  "'": "\\'",
};

const unescapes: Record<string, string> = Object.fromEntries(
  Object.entries(escapes).map(([char, escaped]) => [escaped[1]!, char]),
);

export function escapeHogQLString(value: string): string {
  return `'${Array.from(value, (char) => escapes[char] ?? char).join('')}'`;
}

/**
 * The text between the quotes of a literal `escapeHogQLString` wrote, or null for anything it would not write (an
 * unknown escape or a bare quote): the local server reads only what the console sends.
 */
export function unescapeHogQLString(body: string): string | null {
  let value = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === "'") return null;
    if (char !== '\\') {
      value += char;
      continue;
    }
    const escaped = unescapes[body[++i] ?? ''];
    if (escaped === undefined) return null;
    value += escaped;
  }
  return value;
}
