export { ExternalReferencesPage } from './external-references-page';
export { LinkTicketDialog, type LinkTicketDialogProps } from './link-dialog/link-ticket-dialog';
export { ExternalTicketLink } from './list/external-ticket-link';
export { TrackerIcon } from './tracker/tracker-icon';
export { trackerLabel } from './tracker/tracker-kinds';
export { parseTicketReference } from './tracker/parse-ticket-reference';
