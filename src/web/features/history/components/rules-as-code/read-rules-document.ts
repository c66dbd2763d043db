import { rulesDocumentSchema, type RulesDocument } from '../../../../../contract/rules-document';

export type DocumentCheck = { ok: true; document: RulesDocument } | { ok: false; problems: string[] };

const lists = new Set(['assignment', 'grouping', 'suppression']);

/** Where a problem is, in words: "assignment rule 2, filters › values › 0", "version". */
function whereText(path: readonly PropertyKey[]): string {
  const [first, second, ...rest] = path;
  if (typeof first === 'string' && lists.has(first) && typeof second === 'number') {
    const inside = rest.map(String).join(' › ');
    return `${first} rule ${second + 1}${inside ? `, ${inside}` : ''}`;
  }
  return path.length === 0 ? 'The document' : path.map(String).join(' › ');
}

/** A pasted or chosen rules document, checked: the document, or every problem found with where it is. */
export function readRulesDocument(text: string): DocumentCheck {
  if (text.trim() === '') return { ok: false, problems: ['Paste a rules document or choose a file.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`This is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = rulesDocumentSchema.safeParse(json);
  if (parsed.success) return { ok: true, document: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${whereText(issue.path)}: ${issue.message}`),
  };
}
