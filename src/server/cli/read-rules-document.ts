import { readFileSync } from 'node:fs';
import { rulesDocumentSchema, type RulesDocument } from '../../contract/rules-document';
import { UsageError } from './cli-support';

const pathText = (path: PropertyKey[]) =>
  path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');

/** The document in FILE, or a UsageError naming every problem with where it is. */
export function readRulesDocument(file: string): RulesDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`Cannot read ${file}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file} is not JSON: ${(err as Error).message}`);
  }
  const parsed = rulesDocumentSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${pathText(issue.path) || '(document)'}: ${issue.message}`);
  throw new UsageError(`${file} is not a valid rules document (version 1):\n${problems.join('\n')}`);
}
