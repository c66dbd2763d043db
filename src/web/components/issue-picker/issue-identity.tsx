import type { IssueStatus } from '../../../contract/issues';
import { cx } from '../../lib/class-names';
import { issueStatusLabels, issueTitle, type IssueRef } from '../../data/issues/issue-ref';
import { Badge } from '../ui/badge';
import { IssueFacts } from './issue-facts';
import './issue-identity.css';

/** A description is cut here for a one-line preview (PostHog's list rows already cut it at 300 characters). */
const previewChars = 140;

export function descriptionPreview(description: string | null | undefined): string | null {
  const text = description?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const chars = Array.from(text);
  return chars.length > previewChars ? `${chars.slice(0, previewChars - 1).join('')}…` : text;
}

type IssueIdentityProps = {
  issue: IssueRef;
  status?: IssueStatus | undefined;
  fingerprints?: number | undefined;
  /** Off where the title is shown already (the chosen value in a picker's input). */
  showTitle?: boolean;
};

/** An issue as it is told apart from others of the same name: title, description, first seen, counts and short id. */
export function IssueIdentity({ issue, status, fingerprints, showTitle = true }: IssueIdentityProps) {
  const description = descriptionPreview(issue.description);
  // Laid out as two lines (title and facts, then the description) but read in this order; the spaces keep words apart
  // where the whole is read as one text (an option's name, an input's description).
  return (
    <span className={cx('issue-identity', !showTitle && 'issue-identity--untitled')}>
      {showTitle && (
        <span className="issue-identity__title">
          <span className="issue-identity__name">{issueTitle(issue)}</span>{' '}
          {status && <Badge>{issueStatusLabels[status]}</Badge>}
        </span>
      )}{' '}
      {description && <span className="issue-identity__description">{description}</span>}{' '}
      <IssueFacts issue={issue} fingerprints={fingerprints} />
    </span>
  );
}
