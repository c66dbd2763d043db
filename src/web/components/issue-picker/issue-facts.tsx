import { shortId } from '../../lib/short-id';
import { Fragment, type ReactNode } from 'react';
import { type IssueRef } from '../../data/issues/issue-ref';
import { countOf } from '../../lib/format';
import { RelativeTime } from '../ui/relative-time';

type IssueFactsProps = {
  issue: IssueRef;
  /** The issue's fingerprint count, where it was counted. */
  fingerprints?: number | undefined;
};

/** "first seen 3 days ago · 1,204 occurrences · 4 fingerprints · id 7e4a2e29": only the facts that are known. */
export function IssueFacts({ issue, fingerprints }: IssueFactsProps) {
  const facts: Array<[string, ReactNode]> = [];
  if (issue.first_seen) {
    facts.push([
      'first-seen',
      <>
        first seen <RelativeTime iso={issue.first_seen} />
      </>,
    ]);
  }
  if (issue.occurrences !== undefined) facts.push(['occurrences', countOf(issue.occurrences, 'occurrence')]);
  if (fingerprints !== undefined) facts.push(['fingerprints', countOf(fingerprints, 'fingerprint')]);
  facts.push([
    'id',
    <>
      id <code className="issue-facts__id">{shortId(issue.id)}</code>
    </>,
  ]);
  return (
    <span className="issue-facts">
      {facts.map(([key, fact], index) => (
        <Fragment key={key}>
          {index > 0 && ' · '}
          <span>{fact}</span>
        </Fragment>
      ))}
    </span>
  );
}
