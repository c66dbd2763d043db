/** How often a list on screen asks the server again; polling stops while the tab is hidden. */
export const livePollMs = 15_000;

/**
 * For what people watch (lists, an issue): refetched every `livePollMs` while visible, and at once when the window
 * regains focus or the network comes back, so every tab converges on the server's truth.
 */
export const liveQuery = {
  refetchInterval: livePollMs,
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: 'always',
  refetchOnReconnect: 'always',
} as const;

/** The same, paused: while this tab is saving a change to the list, an older answer must not replace it. */
export const pausedQuery = { refetchInterval: false, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;
