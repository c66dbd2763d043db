import { safeHttpUrl } from '../../lib/safe-url';
import { Badge } from './badge';
import './external-link.css';

/**
 * An address from the server as a link when it is http(s), opening in a new tab without handing the other site this
 * page. Anything else (`javascript:`, `data:` …) is shown as text with a warning, never as something to click.
 */
export function ExternalLink({ url }: { url: string }) {
  if (url.trim() === '') return <span className="external-link external-link--none">No address</span>;
  const href = safeHttpUrl(url);
  if (href === null) {
    return (
      <span className="external-link external-link--unsafe">
        <span className="external-link__text">{url}</span>
        <Badge tone="warning">Unsafe link not opened</Badge>
      </span>
    );
  }
  return (
    <a className="external-link" href={href} target="_blank" rel="noopener noreferrer">
      <span className="external-link__text">{url}</span> <span className="visually-hidden">(opens in a new tab)</span>
      <span aria-hidden="true">↗</span>
    </a>
  );
}
