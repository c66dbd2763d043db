import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { maxActorNameLength } from '../../../../contract/rule-history-api';
import { readActorName, saveActorName } from '../../../lib/actor-name';
import { HistoryNameSection } from './history-name-section';

const field = () => screen.getByRole('textbox', { name: 'Your name (shown in history)' });

describe('history name section', () => {
  it('remembers the name in this browser as it is typed, and shows it again on the next visit', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<HistoryNameSection />);
    expect(field()).toHaveValue('');
    await user.type(field(), '  Zoë Martín ');
    expect(readActorName()).toBe('Zoë Martín');
    unmount();

    render(<HistoryNameSection />);
    expect(field()).toHaveValue('Zoë Martín');
  });

  it('forgets the name when the field is emptied, and limits it to what the server takes', async () => {
    const user = userEvent.setup();
    render(<HistoryNameSection />);
    await user.type(field(), 'Ana');
    expect(readActorName()).toBe('Ana');
    await user.clear(field());
    expect(readActorName()).toBeNull();
    expect(field()).toHaveAttribute('maxLength', String(maxActorNameLength));
  });

  it('keeps a pasted name as the server takes it: no control characters, at most the limit', async () => {
    const user = userEvent.setup();
    render(<HistoryNameSection />);
    await user.click(field());
    await user.paste('Zoë\tMartín');
    expect(readActorName()).toBe('Zoë Martín');
    saveActorName('😀'.repeat(maxActorNameLength + 1));
    expect(readActorName()).toBe('😀'.repeat(maxActorNameLength));
  });
});
