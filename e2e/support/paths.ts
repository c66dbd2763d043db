export const e2ePort = Number(process.env.E2E_PORT ?? 8811);

// Per port, so two runs side by side (e.g. on a developer machine) never wipe each other's data.
const root = `.e2e-data/${e2ePort}`;
export const e2eDataDir = `${root}/local`;
export const upstreamDataDir = `${root}/upstream`;
export const connectedDataDir = `${root}/connected`;
export const readOnlyDataDir = `${root}/read-only`;
export const projectScopedDataDir = `${root}/project-scoped`;
/** The keys the connected servers hold, so tests can prove they never leak. */
export const upstreamKeyFile = `${root}/upstream-key`;
/** Built per run, so parallel runs never share a half-written dist/. */
export const e2eDistDir = `${root}/dist`;
