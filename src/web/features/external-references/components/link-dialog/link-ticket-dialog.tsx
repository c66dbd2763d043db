import { Dialog } from '../../../../components/ui/dialog';
import type { IssueRef } from '../../../../data/issues/issue-ref';
import { LinkTicketForm } from './link-ticket-form';
import './link-ticket-dialog.css';

export type LinkTicketDialogProps = {
  open: boolean;
  onClose: () => void;
  /** The issue the ticket is for; without it the person chooses one in the dialog. */
  issue?: IssueRef;
};

/** Link a ticket to an issue: create a new one in the tracker, or link one that exists. */
export function LinkTicketDialog({ open, onClose, issue }: LinkTicketDialogProps) {
  return (
    <Dialog
      open={open}
      onRequestClose={onClose}
      title="Link a ticket"
      description="Tickets in GitHub, GitLab, Linear or Jira, through one of this environment’s integrations."
      size="large"
      className="link-ticket-dialog"
    >
      {/* Mounted only while open, so every opening starts from a clean form. */}
      {open && <LinkTicketForm issue={issue ?? null} fixedIssue={issue !== undefined} onDone={onClose} />}
    </Dialog>
  );
}
