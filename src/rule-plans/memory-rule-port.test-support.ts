import type { RuleSnapshot } from '../contract/rule-history';
import { sortRules } from '../contract/rule-evaluation-order';
import type { Rule, RuleKind, RuleOf } from '../contract/rules';
import type { CreateBodyOf, RulePort, UpdateBodyOf } from './rule-port';

export type PortCall =
  | { call: 'create'; kind: RuleKind; body: object }
  | { call: 'update'; kind: RuleKind; id: string; body: object }
  | { call: 'delete'; kind: RuleKind; id: string }
  | { call: 'reorder'; kind: RuleKind; orders: Record<string, number> };

type Lists = { [K in RuleKind]: RuleOf<K>[] };

export class NotFoundError extends Error {}

/**
 * PostHog's rules API in memory, as the newest version behaves: new grouping and suppression rules get order_key 0
 * whatever is sent, a grouping update changes only the filters, a reorder sets the keys it names and ignores
 * unknown ids, and unknown ids on update or delete answer 404. Ids and creation times follow a counter, so two ports
 * given the same calls hold the same rules.
 */
export class MemoryRulePort implements RulePort {
  readonly calls: PortCall[] = [];
  private readonly lists: Lists;
  /** After every rule given: arbitraries date theirs before 2030. */
  private clock = 1;

  constructor(
    initial: RuleSnapshot,
    /** Called before each call is carried out, with its index from 0; throwing makes that call fail. */
    private readonly beforeCall: (call: PortCall, index: number) => void = () => {},
  ) {
    this.lists = structuredClone(initial);
  }

  private record(call: PortCall): void {
    this.beforeCall(call, this.calls.length);
    this.calls.push(call);
  }

  private newRuleBase() {
    const tick = this.clock++;
    const id = `0a0a0a0a-0000-4000-8000-${tick.toString(16).padStart(12, '0')}`;
    const created_at = new Date(Date.UTC(2030, 0, 1) + tick * 1000).toISOString();
    return { id, disabled_data: null, created_at, updated_at: created_at };
  }

  async createRule<K extends RuleKind>(kind: K, body: CreateBodyOf<K>): Promise<{ id: string }> {
    this.record({ call: 'create', kind, body });
    const base = this.newRuleBase();
    const list: Rule[] = this.lists[kind];
    if (kind === 'assignment') {
      const { filters, assignee, order_key } = body as CreateBodyOf<'assignment'>;
      list.push({ ...base, filters, assignee, order_key: order_key ?? 0 });
    } else if (kind === 'grouping') {
      const { filters, assignee, description } = body as CreateBodyOf<'grouping'>;
      list.push({ ...base, filters, assignee, description, issue: null, order_key: 0 });
    } else {
      const { filters, sampling_rate } = body as CreateBodyOf<'suppression'>;
      list.push({ ...base, filters, sampling_rate, order_key: 0 });
    }
    return { id: base.id };
  }

  private find(kind: RuleKind, id: string): Rule {
    const rule = (this.lists[kind] as Rule[]).find((candidate) => candidate.id === id);
    if (!rule) throw new NotFoundError(`No ${kind} rule ${id}.`);
    return rule;
  }

  async updateRule<K extends RuleKind>(kind: K, id: string, body: UpdateBodyOf<K>): Promise<void> {
    this.record({ call: 'update', kind, id, body });
    const rule = this.find(kind, id);
    const allowed =
      kind === 'grouping'
        ? ['filters']
        : kind === 'assignment'
          ? ['filters', 'assignee']
          : ['filters', 'sampling_rate'];
    for (const [field, value] of Object.entries(body))
      if (allowed.includes(field)) Object.assign(rule, { [field]: value });
    rule.disabled_data = null;
  }

  async deleteRule(kind: RuleKind, id: string): Promise<void> {
    this.record({ call: 'delete', kind, id });
    const rule = this.find(kind, id);
    const list: Rule[] = this.lists[kind];
    list.splice(list.indexOf(rule), 1);
  }

  async reorderRules(kind: RuleKind, orders: Record<string, number>): Promise<void> {
    this.record({ call: 'reorder', kind, orders });
    for (const rule of this.lists[kind] as Rule[])
      if (Object.hasOwn(orders, rule.id)) rule.order_key = orders[rule.id]!;
  }

  snapshot(): RuleSnapshot {
    const copy = structuredClone(this.lists);
    return {
      assignment: sortRules(copy.assignment),
      grouping: sortRules(copy.grouping),
      suppression: sortRules(copy.suppression),
    };
  }
}
