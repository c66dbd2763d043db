import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useAssigneeDirectory } from '../../data/organization/use-assignee-directory';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { ReapplySetPicker } from './components/reapply/reapply-set-picker';
import { readReapplySet, reapplyScope, type ReapplySet } from './components/reapply/reapply-set';
import { ReapplyView } from './components/reapply/reapply-view';
import './components/reapply/reapply.css';

const issueFilterParams = ['q', 'status', 'assignee', 'seen', 'order', 'dir'];

/** The Issues page's filters alone, as its query string: the way back to it. */
function issuesSearchOf(params: URLSearchParams): string {
  const kept = new URLSearchParams([...params].filter(([name]) => issueFilterParams.includes(name)));
  const text = kept.toString();
  return text ? `?${text}` : '';
}

/**
 * Re-apply assignment rules to existing issues: PostHog assigns an issue once, when it is created; this checks what
 * today's rules pick from each chosen issue's first exception, and applies the changes the person keeps.
 */
export function ReapplyPage() {
  const environment = useCurrentEnvironment();
  const [params, setParams] = useSearchParams();
  const set = readReapplySet(params);
  const scope = useMemo(() => reapplyScope(set, params), [set, params]);
  const { lookup } = useAssigneeDirectory();
  const choose = (next: ReapplySet) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('set', next);
      return updated;
    });
  return (
    <section className="reapply" aria-labelledby="reapply-heading">
      <h2 id="reapply-heading" className="reapply__heading">
        Re-apply assignment rules
      </h2>
      <p className="reapply__intro">
        PostHog assigns an issue once, when it is created. See whom today’s assignment rules pick for existing issues,
        from each issue’s first exception, and apply the changes you keep.
      </p>
      <ReapplySetPicker
        envId={environment.id}
        scope={scope}
        issuesSearch={issuesSearchOf(params)}
        lookup={lookup}
        onChange={choose}
      />
      {/* A new set starts a new selection. */}
      <ReapplyView
        key={`${set}:${issuesSearchOf(params)}`}
        envId={environment.id}
        environmentName={environment.name}
        scope={scope}
      />
    </section>
  );
}
