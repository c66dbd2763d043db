import { readableRows } from '../../../contract/rows';
import { ApiError } from '../../lib/api-error';
import { getFingerprints } from '../fingerprints/get-fingerprints';
import { resolveFingerprint } from '../fingerprints/resolve-fingerprint';
import { movedFingerprints } from './moved-fingerprints';

/** PostHog's largest page: one request answers for every issue the split dialog can show. */
const pageLimit = 1000;

async function locate(envId: number, fingerprint: string) {
  try {
    return [await resolveFingerprint(envId, fingerprint)];
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

/** Only a chosen fingerprint missing from a page that is not the whole list is looked up on its own. */
export async function rereadSplitFingerprints(envId: number, issueId: string, chosen: readonly string[]) {
  const page = await getFingerprints(envId, { issue_id: issueId, limit: pageLimit, offset: 0 });
  const found = readableRows(page.results);
  const missing = movedFingerprints(chosen, issueId, found);
  if (missing.length === 0 || page.count <= page.results.length) return missing;
  const located = await Promise.all(missing.map((fingerprint) => locate(envId, fingerprint)));
  return movedFingerprints(missing, issueId, located.flat());
}
