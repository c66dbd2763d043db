import { Hono } from 'hono';
import { fingerprintListParamsSchema, fingerprintResolveParamsSchema } from '../../contract/fingerprints';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readQuery } from '../http/body';
import { uuidParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import { findFingerprint, findFingerprintByValue, listFingerprints } from '../store/fingerprints-repository';
import { refuseOtherMethods } from './refuse-methods';

const notFoundDetail = 'Fingerprint not found';

export function fingerprintRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.get('/', (c) => {
    const page = readPagination(c);
    const { issue_id } = readQuery(c, fingerprintListParamsSchema);
    const { count, results } = listFingerprints(c.var.db, c.var.teamId, issue_id?.toLowerCase(), page);
    return c.json(paginated(c, page, count, results));
  });

  app.get('/resolve', (c) => {
    const { fingerprint } = readQuery(c, fingerprintResolveParamsSchema);
    const found = findFingerprintByValue(c.var.db, c.var.teamId, fingerprint);
    if (!found) throw problems.notFound(notFoundDetail);
    return c.json(found);
  });

  app.get('/:id', (c) => {
    const found = findFingerprint(c.var.db, c.var.teamId, uuidParam(c, 'id', notFoundDetail));
    if (!found) throw problems.notFound(notFoundDetail);
    return c.json(found);
  });

  refuseOtherMethods(app, ['/', '/resolve']);
  refuseOtherMethods(app, ['/:id'], { emptyDelete: true });
  return app;
}
