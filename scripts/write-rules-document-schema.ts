import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { rulesDocumentJsonSchema } from '../src/contract/rules-document';

/** Regenerates docs/schema/rules-document-v1.json from the zod schema (a test fails when they differ). */
const file = 'docs/schema/rules-document-v1.json';
const options = { ...(await resolveConfig(file)), filepath: file };
writeFileSync(file, await format(JSON.stringify(rulesDocumentJsonSchema()), options));
console.log(`Wrote ${file}`);
