import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectTabSync } from './tab-sync';

const disconnects: (() => void)[] = [];
afterEach(() => disconnects.splice(0).forEach((disconnect) => disconnect()));

/** A tab: its own client and its own end of the channel, showing one query that counts its fetches. */
function openTab(channelName: string, refetchOnWindowFocus: boolean | 'always' = false) {
  const client = new QueryClient();
  client.mount();
  disconnects.push(() => client.unmount());
  disconnects.push(connectTabSync(client, new BroadcastChannel(channelName)));
  const queryFn = vi.fn(async () => 'rules');
  const observer = new QueryObserver(client, {
    queryKey: ['rules'],
    queryFn,
    staleTime: Infinity,
    refetchOnWindowFocus,
  });
  disconnects.push(observer.subscribe(() => {}));
  return { client, queryFn };
}

describe('connectTabSync', () => {
  it('refetches what another tab shows when this tab saves a change, and not for a failed one', async () => {
    const name = `test-${Math.random()}`;
    const here = openTab(name);
    const there = openTab(name);
    await vi.waitFor(() => expect(there.queryFn).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(there.client.isFetching()).toBe(0));

    await here.client
      .getMutationCache()
      .build(here.client, { mutationFn: async () => 'saved' })
      .execute(undefined);
    await vi.waitFor(() => expect(there.queryFn).toHaveBeenCalledTimes(2));

    await here.client
      .getMutationCache()
      .build(here.client, { mutationFn: () => Promise.reject(new Error('no')) })
      .execute(undefined)
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(there.queryFn).toHaveBeenCalledTimes(2);
    expect(here.queryFn).toHaveBeenCalledTimes(1);
  });

  it('refetches what is on screen when the window gets focus', async () => {
    const tab = openTab(`test-${Math.random()}`, 'always');
    await vi.waitFor(() => expect(tab.queryFn).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(tab.client.isFetching()).toBe(0));

    window.dispatchEvent(new Event('focus'));

    await vi.waitFor(() => expect(tab.queryFn).toHaveBeenCalledTimes(2));
  });
});
