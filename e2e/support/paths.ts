/** The local e2e server's port; the stand-in PostHog and the connected server take the next two. */
export const e2ePort = Number(process.env.E2E_PORT ?? 8811);

// Per port, so two runs side by side (e.g. on a developer machine) never wipe each other's data.
const root = `.e2e-data/${e2ePort}`;
/** Where the local e2e server keeps its data; wiped at every run. */
export const e2eDataDir = `${root}/local`;
/** Connected-mode runs: a second local-mode server plays PostHog on this data dir… */
export const upstreamDataDir = `${root}/upstream`;
/** …the connected server's own data (its session secret)… */
export const connectedDataDir = `${root}/connected`;
/** …a read-only dashboard's own data (its key lacks error_tracking:write)… */
export const readOnlyDataDir = `${root}/read-only`;
/** …a dashboard whose key is limited to one project (PostHog's `scoped_teams`)… */
export const projectScopedDataDir = `${root}/project-scoped`;
/** …and the keys the connected servers hold are written here (one a line), so tests can prove they never leak. */
export const upstreamKeyFile = `${root}/upstream-key`;
/** The SPA build the e2e servers serve: built per run, so parallel runs never share a half-written dist/. */
export const e2eDistDir = `${root}/dist`;
