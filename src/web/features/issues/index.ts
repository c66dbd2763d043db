export { readIssueFilters, type IssueListFilters } from './components/list/use-issue-list-state';
