import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FilterPills } from './filter-pills';
import { oddLeaves } from './odd-leaves';

describe('FilterPills', () => {
  it('shows each top-level filter as a pill, a nested group as one bracketed pill, and the match wording', () => {
    render(
      <FilterPills
        group={{
          type: 'OR',
          values: [
            { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError', 'RangeError'] },
            { key: '$current_url', type: 'event', operator: 'icontains', value: '/checkout' },
            {
              type: 'AND',
              values: [
                { key: '$exception_values', type: 'event', operator: 'regex', value: '^Max' },
                { key: '$os', type: 'event', operator: 'is_set' },
              ],
            },
          ],
        }}
      />,
    );
    const list = screen.getByRole('list', { name: 'Filters, matching any' });
    const pills = within(list).getAllByRole('listitem');
    expect(pills.map((pill) => pill.textContent)).toEqual([
      'Exception type is TypeError or RangeError',
      'or URL contains /checkout',
      'or (Exception message matches regex ^Max and Operating system is set)',
    ]);
    expect(screen.getByText('Any of')).toBeInTheDocument();
  });

  it('says All of for an AND group of several filters and nothing extra for a single one', () => {
    const { rerender } = render(
      <FilterPills
        group={{
          type: 'AND',
          values: [
            { key: '$browser', type: 'event', operator: 'exact', value: ['Chrome'] },
            { key: '$os', type: 'event', operator: 'is_not', value: ['iOS'] },
          ],
        }}
      />,
    );
    expect(screen.getByText('All of')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('and Operating system is not iOS');

    rerender(<FilterPills group={{ type: 'AND', values: [{ key: '$browser', type: 'event', operator: 'is_set' }] }} />);
    expect(screen.queryByText('All of')).not.toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(/^Browser is set$/);
  });

  it('says the empty group matches every exception, with no list', () => {
    render(<FilterPills group={{ type: 'AND', values: [] }} />);
    expect(screen.getByText('Matches every exception')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('quotes a leaf it cannot edit as stored, labelled "Not editable here", cut to a readable length', () => {
    const long = { key: 'x'.repeat(200), type: 'hogql', value: null };
    render(<FilterPills group={{ type: 'AND', values: [oddLeaves[0]!, {}, long] }} />);
    const pills = within(screen.getByRole('list', { name: 'Filters, matching all' })).getAllByRole('listitem');
    expect(pills.map((pill) => pill.textContent)).toEqual([
      'Not editable here: {"key":"$pathname","type":"event","operator":"is_cleaned_path_exact","value":"/checkout/:id"}',
      'and Not editable here: {}',
      `and Not editable here: ${JSON.stringify(long).slice(0, 119)}…`,
    ]);
  });
});
