import { useContext, type MouseEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { RuleRowContext } from './rule-row-context';

/**
 * A link inside a rule row. react-router's Link resolves its path and reads the location in every row (about 45 µs
 * each, a thousand times); this one takes a ready href and navigates through the list, as Link does on a plain click.
 * Outside a list (a rule shown on its own, in the history) it is a plain Link.
 */
type RowLinkProps = { href: string; className?: string; title?: string; children: ReactNode };

export function RowLink({ href, className, title, children }: RowLinkProps) {
  const context = useContext(RuleRowContext);
  if (context === null) {
    return (
      <Link to={href} className={className} title={title}>
        {children}
      </Link>
    );
  }
  const { navigate } = context;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} className={className} title={title} onClick={onClick}>
      {children}
    </a>
  );
}
