import { Badge } from '../../../../components/ui/badge';
import { safeHttpUrl } from '../../../../lib/safe-url';
import './external-ticket-link.css';

/**
 * The ticket's address as a link when it is http(s), opening in a new tab without handing the tracker this page.
 * Anything else (`javascript:`, `data:` …) is shown as text with a warning: the URL comes from the server.
 */
export function ExternalTicketLink({ url }: { url: string }) {
  if (url.trim() === '') return <span className="ticket-link ticket-link--none">No address</span>;
  const href = safeHttpUrl(url);
  if (href === null) {
    return (
      <span className="ticket-link ticket-link--unsafe">
        <span className="ticket-link__text">{url}</span>
        <Badge tone="warning">Unsafe link not opened</Badge>
      </span>
    );
  }
  return (
    <a className="ticket-link" href={href} target="_blank" rel="noopener noreferrer">
      <span className="ticket-link__text">{url}</span> <span className="visually-hidden">(opens in a new tab)</span>
      <span aria-hidden="true">↗</span>
    </a>
  );
}
