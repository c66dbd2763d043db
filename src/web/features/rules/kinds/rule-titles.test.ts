import { shortId } from '../../../lib/short-id';
import { describe, expect, it } from 'vitest';
import type { AssignmentRule, GroupingRule, SuppressionRule } from '../../../../contract/rules';
import type { StoredFilterGroup, StoredFilterLeaf } from '../../../../contract/stored-filters';
import { createAssigneeLookup } from '../../../data/organization/assignee-names';
import { members } from '../../../test/organization-fixtures';
import { assignmentRule } from '../../../test/rule-fixtures';
import { everyException, filterTitle } from './filter-title';
import { ruleName } from './rule-name';
import { ruleKinds } from './rule-kinds';

const lookup = createAssigneeLookup(members);
const and = (...values: StoredFilterGroup['values']): StoredFilterGroup => ({ type: 'AND', values });
const leaf = (key: string, operator: StoredFilterLeaf['operator'], value?: StoredFilterLeaf['value']) => ({
  key,
  type: 'event',
  operator,
  value,
});
const types = (...names: string[]) => leaf('$exception_types', 'exact', names);

describe('filterTitle', () => {
  it('says what the filters catch: the exception first, then where', () => {
    expect(filterTitle(and(leaf('$current_url', 'icontains', '/checkout'), types('TypeError')))).toBe(
      'TypeError on /checkout',
    );
    expect(filterTitle(and(types('TypeError', 'RangeError')))).toBe('TypeError or RangeError');
    expect(filterTitle(and(types('A', 'B', 'C', 'D')))).toBe('A, B or 2 more');
    expect(filterTitle(and(leaf('$exception_values', 'regex', '^Maximum call stack')))).toBe('“^Maximum call stack”');
    expect(filterTitle(and(leaf('$exception_sources', 'not_icontains', '/vendor/')))).toBe('not in /vendor/');
    expect(filterTitle({ type: 'OR', values: [types('ChunkLoadError'), leaf('$browser', 'exact', ['Safari'])] })).toBe(
      'ChunkLoadError or Browser is Safari',
    );
    expect(filterTitle(and(leaf('$app_version', 'is_set')))).toBe('App version is set');
  });

  it('says "Every exception" without a filter', () => {
    expect(filterTitle(and())).toBe(everyException);
    expect(filterTitle({ type: 'OR', values: [and()] })).toBe(everyException);
  });

  it('cuts long values and long titles with an ellipsis', () => {
    const long = 'x'.repeat(200);
    expect(filterTitle(and(leaf('$exception_values', 'icontains', long)))).toBe(`“${'x'.repeat(23)}…”`);
    const title = filterTitle(
      and(
        types('TypeError'),
        ...['/a', '/b', '/c', '/d', '/e'].map((path) => leaf('$current_url', 'icontains', `${path}${'y'.repeat(20)}`)),
      ),
    );
    expect(title).toHaveLength(64);
    expect(title.endsWith('…')).toBe(true);
    expect(title.startsWith('TypeError on /a')).toBe(true);
  });

  it('reads nested groups and leaves the dashboard cannot edit', () => {
    const nested = {
      type: 'OR' as const,
      values: [leaf('$exception_values', 'icontains', 'NetworkError'), types('AxiosError')],
    };
    expect(filterTitle(and(leaf('$exception_sources', 'icontains', '/src/api/'), nested))).toBe(
      '(“NetworkError” or AxiosError) in /src/api/',
    );
    expect(filterTitle(and(types('TypeError'), {}))).toBe('TypeError, a custom filter');
  });
});

describe('each kind’s rule title', () => {
  it('assignment: the filters, then who gets the issue', () => {
    const rule: AssignmentRule = assignmentRule(1, {
      filters: and(leaf('$current_url', 'icontains', '/checkout'), types('TypeError')),
      assignee: { type: 'user', id: 9 },
    });
    expect(ruleKinds.assignment.ruleTitle(rule, lookup)).toBe('TypeError on /checkout → Priya Raman');
    expect(ruleKinds.assignment.ruleTitle({ ...rule, filters: and(), assignee: null }, lookup)).toBe(
      'Every exception → Nobody',
    );
  });

  it('grouping: its description when it has one, else its filters', () => {
    const rule: GroupingRule = {
      ...assignmentRule(2),
      filters: and(types('ChunkLoadError')),
      description: 'Chunk loads after a deploy',
      issue: null,
    };
    expect(ruleKinds.grouping.ruleTitle(rule, lookup)).toBe('Chunk loads after a deploy');
    expect(ruleKinds.grouping.ruleTitle({ ...rule, description: '  ' }, lookup)).toBe('ChunkLoadError');
    expect(ruleKinds.grouping.ruleTitle({ ...rule, description: 'z'.repeat(300) }, lookup)).toHaveLength(80);
  });

  it('suppression: the filters, then the share dropped', () => {
    const { assignee: _assignee, ...rest } = assignmentRule(3);
    const rule: SuppressionRule = { ...rest, filters: and(types('AbortError')), sampling_rate: 0.25 };
    expect(ruleKinds.suppression.ruleTitle(rule, lookup)).toBe('AbortError → drop 25%');
    expect(ruleKinds.suppression.ruleTitle({ ...rest, filters: and() }, lookup)).toBe('Every exception → drop 100%');
  });
});

describe('ruleName', () => {
  it('is the title and the id’s random tail, never the position', () => {
    const rule = assignmentRule(4, { assignee: { type: 'user', id: 7 } });
    expect(shortId('0190f4c4-8d2a-7a3b-9c1d-00000000004f')).toBe('0000004f');
    expect(ruleName('assignment', rule, lookup)).toBe('“E4 → Maya Okafor” (00000004)');
    expect(ruleName('assignment', { ...rule, order_key: 9 }, lookup)).toBe(ruleName('assignment', rule, lookup));
  });

  it('names an unreadable record by its id, if it came with one', () => {
    const unreadable = { unreadable: true as const, id: 'x', order_key: 0, created_at: null, raw: {}, reason: '' };
    expect(ruleName('assignment', { ...unreadable, serverId: '0190f4c4-8d2a-7a3b-9c1d-0000000000aa' }, lookup)).toBe(
      'unreadable rule 000000aa',
    );
    expect(ruleName('assignment', { ...unreadable, serverId: null }, lookup)).toBe('the unreadable rule without an id');
  });
});
