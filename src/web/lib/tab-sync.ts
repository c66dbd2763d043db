import { focusManager, type QueryClient } from '@tanstack/react-query';

const channelName = 'triage-console:changes';

type ChangeMessage = { type: 'changed'; at: number };

export function connectTabSync(client: QueryClient, channel = new BroadcastChannel(channelName)): () => void {
  const stopFocus = listenForFocus();
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

/** TanStack's focus manager only watches visibility; a window beside another gets focus without ever being hidden. */
function listenForFocus(): () => void {
  const listen = (extraFocus: boolean) =>
    focusManager.setEventListener((handleFocus) => {
      const recheck = () => handleFocus();
      document.addEventListener('visibilitychange', recheck);
      if (extraFocus) window.addEventListener('focus', recheck);
      return () => {
        document.removeEventListener('visibilitychange', recheck);
        window.removeEventListener('focus', recheck);
      };
    });
  listen(true);
  return () => listen(false);
}
