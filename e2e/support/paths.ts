/** Where the e2e servers keep their data; wiped at every run. */
export const e2eDataDir = '.e2e-data/local';
/** Connected-mode runs: a second local-mode server plays PostHog on this data dir… */
export const upstreamDataDir = '.e2e-data/upstream';
/** …and the key the connected server holds for it is written here, so tests can prove it never leaks. */
export const upstreamKeyFile = '.e2e-data/upstream-key';
