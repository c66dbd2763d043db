import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from './toast-provider';
import { useToast, type ToastOptions } from './use-toast';

function Trigger({ options }: { options: ToastOptions }) {
  const toast = useToast();
  return (
    <button type="button" onClick={() => toast.show(options)}>
      Notify
    </button>
  );
}

// fireEvent, not user-event: RTL's async wrapper waits on a real setTimeout, which fake timers never run.
function renderToasts(options: ToastOptions) {
  render(
    <ToastProvider>
      <Trigger options={options} />
    </ToastProvider>,
  );
  return { notify: () => fireEvent.click(screen.getByRole('button', { name: 'Notify' })) };
}

const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const focus = (element: HTMLElement) => act(() => element.focus());

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('toasts', () => {
  it('shows news as a polite status inside the Notifications region', async () => {
    const { notify } = renderToasts({ message: 'Rule moved to position 2.', tone: 'success' });
    notify();
    expect(screen.getByRole('status')).toHaveTextContent('Rule moved to position 2.');
    expect(screen.getByRole('region', { name: 'Notifications' })).toContainElement(screen.getByRole('status'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces errors as alerts', async () => {
    const { notify } = renderToasts({ message: 'Could not reorder: 403.', tone: 'error' });
    notify();
    expect(screen.getByRole('alert')).toHaveTextContent('Could not reorder: 403.');
  });

  it('runs the action and dismisses the toast', async () => {
    const onAction = vi.fn();
    const { notify } = renderToasts({
      message: 'Rule moved.',
      tone: 'success',
      action: { label: 'Undo', onAction },
    });
    notify();
    click('Undo');
    expect(onAction).toHaveBeenCalledOnce();
    expect(screen.queryByText('Rule moved.')).not.toBeInTheDocument();
  });

  it('closes with its Dismiss button', async () => {
    const { notify } = renderToasts({ message: 'Saved.', tone: 'info' });
    notify();
    click('Dismiss');
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
  });

  it.each([
    { tone: 'success', durationMs: undefined, lasts: 6_000 },
    { tone: 'info', durationMs: undefined, lasts: 6_000 },
    { tone: 'error', durationMs: undefined, lasts: 10_000 },
    { tone: 'error', durationMs: 2_000, lasts: 2_000 },
  ] as const)(
    'dismisses a $tone toast by itself after $lasts ms (durationMs $durationMs)',
    ({ tone, durationMs, lasts }) => {
      const { notify } = renderToasts({ message: 'Saved.', tone, durationMs });
      notify();
      advance(lasts - 100);
      expect(screen.getByText('Saved.')).toBeInTheDocument();
      advance(100);
      expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
    },
  );

  it('pauses while focus is inside it (moving between its buttons too) and resumes with the time left', async () => {
    const { notify } = renderToasts({
      message: 'Rule moved.',
      tone: 'success',
      action: { label: 'Undo', onAction: vi.fn() },
    });
    notify();
    advance(4_000);
    focus(screen.getByRole('button', { name: 'Undo' }));
    focus(screen.getByRole('button', { name: 'Dismiss' }));
    advance(30_000);
    expect(screen.getByText('Rule moved.')).toBeInTheDocument();

    focus(screen.getByRole('button', { name: 'Notify' }));
    advance(1_900);
    expect(screen.getByText('Rule moved.')).toBeInTheDocument();
    advance(100);
    expect(screen.queryByText('Rule moved.')).not.toBeInTheDocument();
  });

  it('pauses while hovered', async () => {
    const { notify } = renderToasts({ message: 'Saved.', tone: 'info', durationMs: 1_000 });
    notify();
    fireEvent.mouseEnter(screen.getByRole('status'));
    advance(5_000);
    expect(screen.getByText('Saved.')).toBeInTheDocument();
    fireEvent.mouseLeave(screen.getByRole('status'));
    advance(1_000);
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
  });
});
