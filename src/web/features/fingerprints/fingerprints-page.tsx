import { useId } from 'react';
import { shortId } from '../../lib/short-id';
import { Link } from 'react-router';
import { IssuePicker } from '../../components/issue-picker/issue-picker';
import { pageWindow } from '../../components/pagination/page-params';
import { PastLastPage, UrlPaginationBar } from '../../components/pagination/url-pagination-bar';
import { useListSearchParams } from '../../components/pagination/use-list-search-params';
import { EmptyState } from '../../components/ui/empty-state';
import { Field } from '../../components/ui/field';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import { QueryView } from '../../components/ui/query-view';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { useFingerprints } from '../../data/fingerprints/get-fingerprints';
import { issuePagePath, issueTitle } from '../../data/issues/issue-ref';
import { FindFingerprintForm } from './components/find-fingerprint-form';
import { FingerprintsTable } from './components/fingerprints-table';
import { useFingerprintIssueFilter } from './components/use-fingerprint-issue-filter';
import './fingerprints-page.css';

export function FingerprintsPage() {
  const environment = useCurrentEnvironment();
  const { params, page, pageSize, update } = useListSearchParams();
  const { issueId, issue } = useFingerprintIssueFilter(params.get('issue_id'));
  const helperId = useId();
  const fingerprints = useFingerprints(environment.id, { issue_id: issueId, ...pageWindow(page, pageSize) });

  const emptyState =
    page > 1 ? (
      <PastLastPage label="fingerprints" />
    ) : (
      <EmptyState
        title={issueId ? 'This issue holds no fingerprints.' : `No fingerprints in ${environment.name} yet.`}
      />
    );

  return (
    <>
      <PageHeader
        title="Fingerprints"
        description="The signatures that tie exceptions to issues: every exception with the same fingerprint belongs to the same issue."
      />
      <p className="notice">
        Fingerprints cannot be deleted: they move between issues when issues are merged or split.{' '}
        <Link to={`/env/${environment.id}/issues`}>Split an issue from its page</Link>.
      </p>
      <FilterBar
        helper="Issue shows only that issue’s fingerprints. Find fingerprint takes the exact value and opens the issue that holds it."
        helperId={helperId}
      >
        <Field label="Issue" describedBy={helperId} className="filter-bar__picker fingerprint-tools__issue">
          {(control) => (
            <IssuePicker
              {...control}
              placeholder="Any issue"
              value={issue}
              onChange={(next) => update({ issue_id: next?.id ?? null })}
            />
          )}
        </Field>
        <FindFingerprintForm describedBy={helperId} />
      </FilterBar>
      {issue && (
        <p className="fingerprint-tools__open">
          Showing the fingerprints of{' '}
          <Link to={issuePagePath(environment.id, issue.id)}>
            {issueTitle(issue)} <code>{shortId(issue.id)}</code>
          </Link>
          .
        </p>
      )}
      <QueryView
        query={fingerprints}
        label="fingerprints"
        isEmpty={(result) => result.results.length === 0}
        empty={emptyState}
      >
        {(result) => (
          <div aria-busy={fingerprints.isPlaceholderData || undefined}>
            <FingerprintsTable fingerprints={result.results} oneIssue={issueId !== undefined} />
            <UrlPaginationBar
              label="fingerprints"
              shown={result.results.length}
              count={result.count}
              hasMore={result.next !== null}
            />
          </div>
        )}
      </QueryView>
    </>
  );
}
