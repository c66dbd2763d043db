import type { TrackerKind } from '../../contract/integrations';
import { githubClient } from './github-client';
import { gitlabClient } from './gitlab-client';
import { jiraClient } from './jira-client';
import { linearClient } from './linear-client';
import type { TrackerClient } from './tracker-client';

export const trackerClients: { [K in TrackerKind]: TrackerClient<K> } = {
  github: githubClient,
  gitlab: gitlabClient,
  linear: linearClient,
  jira: jiraClient,
};
