import { Hono } from 'hono';
import {
  issueAssignInputSchema,
  issueMergeInputSchema,
  issueSplitInputSchema,
  issueUpdateInputSchema,
} from '../../contract/issues';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readBody } from '../http/body';
import { uuidParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import type { Db } from '../store/database';
import { countIssues, findIssue, listIssues, setIssueAssignee, updateIssue } from '../store/issues-repository';
import { mergeIssues, splitIssue } from './issue-merge-split';
import { refuseOtherMethods } from './refuse-methods';

function changeIssue(db: Db, teamId: number, id: string, change: () => void): void {
  db.transaction(() => {
    if (!findIssue(db, teamId, id)) throw problems.notFound();
    change();
  })();
}

export function issueRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.get('/', (c) => {
    const page = readPagination(c);
    const { db, teamId } = c.var;
    return c.json(paginated(c, page, countIssues(db, teamId), listIssues(db, teamId, page)));
  });

  app.get('/:id', (c) => {
    const issue = findIssue(c.var.db, c.var.teamId, uuidParam(c));
    if (!issue) throw problems.notFound();
    return c.json(issue);
  });

  // PostHog answers the serialized issue after an update (PUT behaves as PATCH).
  app.on(['PATCH', 'PUT'], '/:id', async (c) => {
    const id = uuidParam(c);
    const changes = await readBody(c, issueUpdateInputSchema);
    const { db, teamId } = c.var;
    changeIssue(db, teamId, id, () => updateIssue(db, teamId, id, changes));
    return c.json(findIssue(db, teamId, id));
  });

  app.patch('/:id/assign', async (c) => {
    const id = uuidParam(c);
    const { assignee } = await readBody(c, issueAssignInputSchema);
    const { db, teamId } = c.var;
    changeIssue(db, teamId, id, () => setIssueAssignee(db, teamId, id, assignee));
    return c.json({ success: true });
  });

  app.post('/:id/merge', async (c) => {
    const id = uuidParam(c);
    const { ids } = await readBody(c, issueMergeInputSchema);
    mergeIssues(c.var.db, c.var.teamId, id, ids);
    return c.json({ success: true });
  });

  app.post('/:id/split', async (c) => {
    const id = uuidParam(c);
    const { fingerprints } = await readBody(c, issueSplitInputSchema);
    return c.json({ success: true, new_issue_ids: splitIssue(c.var.db, c.var.teamId, id, fingerprints) });
  });

  // Issues are never deleted through the API: PostHog's ForbidDestroyModel answers an empty 405.
  refuseOtherMethods(app, ['/:id'], { emptyDelete: true });
  refuseOtherMethods(app, ['/', '/:id/assign', '/:id/merge', '/:id/split']);
  return app;
}
