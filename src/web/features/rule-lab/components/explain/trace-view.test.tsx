import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { evaluate, type EngineRules, type EvaluationTrace } from '../../../../../rule-engine';
import { TraceView } from './trace-view';

const leaf = (key: string, operator: string, value?: unknown) => ({ key, type: 'event', operator, value });

const rules: EngineRules = {
  grouping: [],
  suppression: [
    {
      id: '00000000-0000-4000-8000-0000000000a1',
      order_key: 0,
      disabled_data: null,
      sampling_rate: 1,
      filters: { type: 'AND', values: [leaf('$exception_values', 'regex', '(?<=cart)price')] },
    },
  ],
  assignment: [
    {
      id: '00000000-0000-4000-8000-0000000000b1',
      order_key: 0,
      disabled_data: null,
      assignee: { type: 'role', id: 'role-backend' },
      filters: { type: 'AND', values: [leaf('$exception_types', 'exact', ['RangeError'])] },
    },
    {
      id: '00000000-0000-4000-8000-0000000000b2',
      order_key: 1,
      disabled_data: null,
      assignee: { type: 'user', id: 7 },
      filters: { type: 'AND', values: [leaf('$current_url', 'icontains', '/checkout')] },
    },
  ],
};

const titles: Record<string, string> = {
  '00000000-0000-4000-8000-0000000000a1': 'Drop cart price noise',
  '00000000-0000-4000-8000-0000000000b1': 'RangeError → Backend',
  '00000000-0000-4000-8000-0000000000b2': 'on /checkout → Priya',
};

function explain(trace: EvaluationTrace) {
  render(
    <TraceView
      trace={trace}
      titleOf={(_kind, id) => titles[id] ?? id}
      assigneeName={(assignee) => (assignee.type === 'user' ? 'Priya Raman' : 'Backend')}
    />,
  );
}

const event = {
  uuid: '0190c4a2-7b1e-7000-8000-000000001234',
  properties: {
    $current_url: 'https://app.example/checkout/pay',
    $exception_list: [{ type: 'TypeError', value: 'price is undefined', mechanism: { handled: false } }],
  },
};

describe('TraceView', () => {
  it('shows the pipeline the engine ran: each stage’s verdict, the winner, failing leaves and errors', async () => {
    const trace = evaluate(event, rules, { resolveIssue: () => ({ isNew: true, reopened: false }) });
    explain(trace);

    const assignment = screen.getByRole('list', { name: '3. Assignment: rules in order' });
    expect(screen.getByText(/Assigned to Priya Raman by “on \/checkout → Priya”/)).toBeInTheDocument();
    const [first, second] = within(assignment).getAllByRole('listitem');
    expect(first).toHaveTextContent('No match');
    expect(second).toHaveTextContent('Wins');

    // The winner's filters are open; the losing rule's open on demand, with the value the exception had.
    const winnerFilters = within(second!).getByRole('table', { name: 'Filters of on /checkout → Priya' });
    expect(within(winnerFilters).getByRole('row', { name: /URL/ })).toHaveTextContent(
      '“https://app.example/checkout/pay”',
    );
    await userEvent.click(within(first!).getByRole('button', { name: 'Show filter' }));
    const failing = within(first!).getByRole('table', { name: 'Filters of RangeError → Backend' });
    expect(within(failing).getAllByRole('row')[1]).toHaveTextContent(/\["TypeError"\].*false/);

    // Look-behind is not in PostHog's regex dialect: the rule errors, and the exception is kept.
    expect(screen.getByText('Kept: no suppression rule drops it.')).toBeInTheDocument();
    const suppression = screen.getByRole('list', { name: '2. Suppression: rules in order' });
    expect(within(suppression).getByText(/^This rule would be disabled: /)).toBeInTheDocument();
    expect(within(suppression).getByRole('listitem')).toHaveTextContent('Would be disabled');
    expect(screen.getByRole('note')).toHaveTextContent('One rule errors on this exception');
    expect(screen.getByText(/No grouping rule matched: the default fingerprint/)).toBeInTheDocument();
  });

  it('says assignment does not run for an issue that already exists', () => {
    const trace = evaluate(event, rules, { resolveIssue: () => ({ isNew: false, reopened: false }) });
    explain(trace);
    expect(screen.getByText(/^Linked to an existing .* issue: assignment rules run only when/)).toBeInTheDocument();
    expect(screen.queryByText(/Assigned to/)).toBeNull();
  });
});
