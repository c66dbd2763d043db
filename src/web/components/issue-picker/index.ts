export { IssuePicker, type IssuePickerProps, type IssueRef } from './issue-picker';
