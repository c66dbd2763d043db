import { describe, expect, it } from 'vitest';
import { planLabelHeader } from '../../contract/rule-history';
import { consoleRulePort } from './console-rule-port';
import { ConsoleRequestError, type ConsoleRequest, type RulesConsole } from './rules-console';

type Sent = { method: string; path: string } & ConsoleRequest;

function fakeConsole(answer: (sent: Sent) => unknown): { api: RulesConsole; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    api: {
      mode: 'local',
      request: async (method, path, options = {}) => {
        const request = { method, path, ...options };
        sent.push(request);
        return answer(request);
      },
      close: () => {},
    },
  };
}

describe('consoleRulePort', () => {
  it('sends each write to the rules API with the plan’s label, URI-encoded', async () => {
    const { api, sent } = fakeConsole(({ method }) => (method === 'POST' ? { id: 'new-id' } : null));
    const port = consoleRulePort(api, 7, 'Import from file règles.json');
    const filters = { type: 'AND' as const, values: [] };
    expect(await port.createRule('suppression', { filters, sampling_rate: 1 })).toEqual({ id: 'new-id' });
    await port.updateRule('grouping', 'g1', { filters });
    await port.deleteRule('assignment', 'a1');
    await port.reorderRules('grouping', { g1: 0 });
    const headers = { [planLabelHeader]: 'Import%20from%20file%20r%C3%A8gles.json' };
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/environments/7/error_tracking/suppression_rules/',
        body: { filters, sampling_rate: 1 },
        headers,
      },
      { method: 'PATCH', path: '/api/environments/7/error_tracking/grouping_rules/g1/', body: { filters }, headers },
      { method: 'DELETE', path: '/api/environments/7/error_tracking/assignment_rules/a1/', headers },
      {
        method: 'PATCH',
        path: '/api/environments/7/error_tracking/grouping_rules/reorder/',
        body: { orders: { g1: 0 } },
        headers,
      },
    ]);
  });

  it('counts deleting a rule that is gone already as done, and passes other failures on', async () => {
    const gone = consoleRulePort(
      fakeConsole(() => Promise.reject(new ConsoleRequestError(404, 'Not found.'))).api,
      1,
      'x',
    );
    await expect(gone.deleteRule('grouping', 'g1')).resolves.toBeUndefined();
    const down = consoleRulePort(
      fakeConsole(() => Promise.reject(new ConsoleRequestError(502, 'Bad gateway'))).api,
      1,
      'x',
    );
    await expect(down.deleteRule('grouping', 'g1')).rejects.toThrow('Bad gateway');
  });
});
