export { LinkTicketDialog } from './components/link-dialog/link-ticket-dialog';
export { TrackerIcon } from './components/tracker/tracker-icon';
export { trackerLabel } from './components/tracker/tracker-kinds';
