import type { Db } from './store/database';

export type Principal =
  { kind: 'session' } | { kind: 'key'; id: string; scopes: string[]; scopedTeams: number[] | null };

export type AppEnv = {
  Variables: {
    db: Db;
    principal: Principal;
    teamId: number;
  };
};
