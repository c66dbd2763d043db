import type { QueryClient } from '@tanstack/react-query';

const channelName = 'triage-console:changes';

type ChangeMessage = { type: 'changed'; at: number };

/**
 * Keeps this tab in step with the others and with the server:
 * - a write saved here tells every other tab of this browser (BroadcastChannel), and they refetch what they show;
 * - returning to the window (focus, not only a visibility change) refetches what is on screen.
 * Returns the disconnect.
 */
export function connectTabSync(client: QueryClient, channel = new BroadcastChannel(channelName)): () => void {
  const stopFocus = listenForFocus(client);
  const unsubscribe = client.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    channel.postMessage({ type: 'changed', at: Date.now() } satisfies ChangeMessage);
  });
  channel.onmessage = (message: MessageEvent<ChangeMessage>) => {
    if (message.data?.type !== 'changed') return;
    // While this tab saves its own change, the refetch waits for it (the mutation refetches when done).
    void client.invalidateQueries({ refetchType: client.isMutating() > 0 ? 'none' : 'active' });
  };
  return () => {
    unsubscribe();
    stopFocus();
    channel.close();
  };
}

/**
 * TanStack's focus manager only watches visibility; a window beside another one becomes "focused" without it ever
 * being hidden. Refetches what is on screen and wants it (`refetchOnWindowFocus`) when the window gets focus.
 */
function listenForFocus(client: QueryClient): () => void {
  const focused = () => client.getQueryCache().onFocus();
  window.addEventListener('focus', focused);
  return () => window.removeEventListener('focus', focused);
}
