import { useOutlet } from 'react-router';
import { IssueList } from './components/list/issue-list';

/** `/issues` lists issues; `/issues/:issueId` (a child route) shows one instead of the list. */
export function IssuesPage() {
  const detail = useOutlet();
  return detail ?? <IssueList />;
}
