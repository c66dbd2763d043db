import { existsSync } from 'node:fs';
import { ConfigError, readConfig } from '../config';
import { databaseFile, openDatabase } from '../store/database';
import { findProject, projectIds } from '../store/projects-repository';
import { UsageError } from './cli-support';

export type TokenOwner = { id: number; name: string; token: string };

/** The environment's project token, read from the data directory the server uses; the first environment by default. */
export function findEnvironmentToken(dataDir: string, envId: number | null): TokenOwner {
  const file = databaseFile(dataDir);
  // Opening a missing database would create an empty one: say where it was looked for instead.
  if (!existsSync(file)) {
    throw new UsageError(
      `No database at ${file}. Start the server once (npm start) to create it, or set DATA_DIR to the data directory the server uses.`,
    );
  }
  const db = openDatabase(dataDir);
  try {
    const ids = projectIds(db);
    if (ids.length === 0) throw new UsageError(`${file} holds no environment yet: start the server (npm start) once.`);
    const id = envId ?? ids[0]!;
    const project = findProject(db, id);
    if (!project) throw new UsageError(`Unknown environment id ${id}. Existing environments: ${ids.join(', ')}.`);
    return { id: project.id, name: project.name, token: project.api_token };
  } finally {
    db.close();
  }
}

/** A server listening on every address is reached on loopback; an IPv6 literal needs brackets in a URL. */
function reachableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '[::1]';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** Where `npm start` listens with the same PORT and HOST. */
export function serverOrigin(env: NodeJS.ProcessEnv): string {
  let config;
  try {
    config = readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(`${err.message} Or pass --host with the server's address.`);
    throw err;
  }
  if (config.port === 0) {
    throw new UsageError('PORT is 0, so the server picked a free port: pass --host with the address it printed.');
  }
  return `http://${reachableHost(config.host)}:${config.port}`;
}
