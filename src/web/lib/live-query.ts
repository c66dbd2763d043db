export const livePollMs = 15_000;

/** Refetches on focus and reconnect too, so every tab converges on the server's truth. */
export const liveQuery = {
  refetchInterval: livePollMs,
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: 'always',
  refetchOnReconnect: 'always',
} as const;

/** While this tab is saving a change to the list, an older answer must not replace it. */
export const pausedQuery = { refetchInterval: false, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;
