import { useId, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Issue } from '../../../contract/issues';
import { PageHeader } from '../../components/ui/page-header';
import { WriteScope } from '../../components/write-scope/write-scope';
import { QueryView } from '../../components/ui/query-view';
import { ApiError } from '../../lib/api-error';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { useIssue } from '../../data/issues/get-issue';
import { issueTitle } from '../../data/issues/issue-ref';
import { IssueFirstSeen } from './components/issue-first-seen';
import { IssueAssigneeControl } from './components/detail/issue-assignee-control';
import { IssueFingerprints } from './components/detail/issue-fingerprints';
import { IssueGone } from './components/detail/issue-gone';
import { IssueRules } from './components/detail/issue-rules';
import { IssueStatusControl } from './components/detail/issue-status-control';
import { IssueTickets } from './components/detail/issue-tickets';
import { MergeIssues } from './components/detail/merge-issues';
import { SplitIssue } from './components/detail/split-issue';
import './issue-detail-page.css';

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="issue-section" aria-labelledby={headingId}>
      <div className="issue-section__header">
        <h2 id={headingId}>{title}</h2>
        {actions && <div className="issue-section__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

function IssueDetail({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const explainIssuePath = (id: string) => `/env/${environment.id}/rule-lab/explain?issue=${id}&days=90`;
  return (
    <>
      <PageHeader title={issueTitle(issue)} description={issue.description?.trim() || 'No description.'} />
      <div className="issue-overview">
        <WriteScope>
          <IssueStatusControl issue={issue} />
          <IssueAssigneeControl issue={issue} />
        </WriteScope>
        <dl className="issue-overview__facts">
          <dt>First seen</dt>
          <dd>
            <IssueFirstSeen iso={issue.first_seen} />
          </dd>
          <dt>Issue id</dt>
          <dd>
            <code>{issue.id}</code>
          </dd>
        </dl>
      </div>
      <Section
        title="Fingerprints"
        actions={
          <WriteScope>
            <MergeIssues issue={issue} />
            <SplitIssue issue={issue} />
          </WriteScope>
        }
      >
        <IssueFingerprints issueId={issue.id} />
      </Section>
      <Section title="Linked tickets">
        <IssueTickets issue={issue} />
      </Section>
      <Section
        title="Grouping rules"
        actions={
          <Link to={explainIssuePath(issue.id)} className="button button--secondary">
            Why is it grouped and assigned like this?
          </Link>
        }
      >
        <IssueRules issueId={issue.id} />
      </Section>
    </>
  );
}

export function IssueDetailPage() {
  const environment = useCurrentEnvironment();
  const { issueId = '' } = useParams();
  const issue = useIssue(environment.id, issueId);
  const gone = issue.error instanceof ApiError && issue.error.status === 404;

  return (
    <div className="issue-detail">
      <p className="issue-detail__back">
        <Link to={`/env/${environment.id}/issues`}>← All issues</Link>
      </p>
      {gone ? (
        <IssueGone />
      ) : (
        <QueryView query={issue} label="the issue">
          {(data) => <IssueDetail key={data.id} issue={data} />}
        </QueryView>
      )}
    </div>
  );
}
