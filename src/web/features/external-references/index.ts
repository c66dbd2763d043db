export { ExternalReferencesPage } from './external-references-page';
export { LinkTicketDialog, type LinkTicketDialogProps } from './components/link-dialog/link-ticket-dialog';
export { TrackerIcon } from './components/tracker/tracker-icon';
export { trackerLabel } from './components/tracker/tracker-kinds';
export { parseTicketReference } from './components/tracker/parse-ticket-reference';
