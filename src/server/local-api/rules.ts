import { Hono } from 'hono';
import { reorderInputSchema, ruleSchemas, type RuleKind } from '../../contract/rules';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readBody } from '../http/body';
import { uuidParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import {
  createRule,
  deleteRule,
  getRule,
  groupingRuleIssue,
  listRules,
  reorderRules,
  updateRule,
} from '../store/rules-repository';
import { refuseOtherMethods } from './refuse-methods';

export function ruleRoutes(kind: RuleKind): Hono<AppEnv> {
  const schemas = ruleSchemas[kind];
  const app = new Hono<AppEnv>({ strict: false });

  app.get('/', (c) => {
    const { db, teamId } = c.var;
    // PostHog does not paginate grouping rules, and fills their `issue` in the list only.
    if (kind === 'grouping') {
      const { results } = listRules(db, teamId, kind);
      return c.json({ results: results.map((rule) => ({ ...rule, issue: groupingRuleIssue(db, teamId, rule.id) })) });
    }
    const page = readPagination(c);
    const { count, results } = listRules(db, teamId, kind, page);
    return c.json(paginated(c, page, count, results));
  });

  app.post('/', async (c) => {
    const input = await readBody(c, schemas.create);
    return c.json(createRule(c.var.db, c.var.teamId, kind, input), 201);
  });

  // Routed before `/:id`, so `reorder` is never read as a rule id.
  app.patch('/reorder', async (c) => {
    const { orders } = await readBody(c, reorderInputSchema);
    reorderRules(c.var.db, c.var.teamId, kind, orders);
    return c.body(null, 204);
  });
  refuseOtherMethods(app, ['/reorder']);

  app.get('/:id', (c) => {
    const rule = getRule(c.var.db, c.var.teamId, kind, uuidParam(c));
    if (!rule) throw problems.notFound();
    return c.json(rule);
  });

  app.on(['PATCH', 'PUT'], '/:id', async (c) => {
    const id = uuidParam(c);
    if (!getRule(c.var.db, c.var.teamId, kind, id)) throw problems.notFound();
    const input = await readBody(c, schemas.update);
    if (!updateRule(c.var.db, c.var.teamId, kind, id, input)) throw problems.notFound();
    return c.body(null, 204);
  });

  app.delete('/:id', (c) => {
    if (!deleteRule(c.var.db, c.var.teamId, kind, uuidParam(c))) throw problems.notFound();
    return c.body(null, 204);
  });

  refuseOtherMethods(app, ['/', '/:id']);
  return app;
}
