import { screen, within } from '@testing-library/react';

/** The rows' filter text in the order shown: ['E1', 'E2', …]. */
export const order = () =>
  within(screen.getByRole('list', { name: 'Assignment rules, in evaluation order' }))
    .getAllByRole('article')
    .map((row) => /E\d+/.exec(row.textContent ?? '')?.[0]);
