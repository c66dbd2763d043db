import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Badge } from './badge';
import { Tooltip } from './tooltip';

function renderBadge() {
  const user = userEvent.setup();
  render(
    <Tooltip text="Invalid regex in filter 2">
      {(trigger) => (
        <Badge tone="warning" {...trigger}>
          Disabled
        </Badge>
      )}
    </Tooltip>,
  );
  return { user, badge: screen.getByText('Disabled') };
}

describe('Tooltip', () => {
  it('describes its focusable trigger even while hidden', () => {
    const { badge } = renderBadge();
    expect(badge).toHaveAttribute('tabindex', '0');
    expect(badge).toHaveAccessibleDescription('Invalid regex in filter 2');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows on keyboard focus, hides on Escape and on blur', async () => {
    const { user } = renderBadge();
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Invalid regex in filter 2');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab({ shift: true });
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.tab();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows on hover', async () => {
    const { user, badge } = renderBadge();
    await user.hover(badge);
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.unhover(badge);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
