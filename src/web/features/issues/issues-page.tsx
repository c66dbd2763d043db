import { useOutlet } from 'react-router';
import { IssueList } from './components/list/issue-list';

export function IssuesPage() {
  const detail = useOutlet();
  return detail ?? <IssueList />;
}
