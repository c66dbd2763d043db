import type { MouseEvent, ReactNode } from 'react';
import { useRuleRowContext } from './rule-row-context';

/**
 * A link inside a rule row. react-router's Link resolves its path and reads the location in every row (about 45 µs
 * each, a thousand times); this one takes a ready href and navigates through the list, as Link does on a plain click.
 */
type RowLinkProps = { href: string; className?: string; title?: string; children: ReactNode };

export function RowLink({ href, className, title, children }: RowLinkProps) {
  const { navigate } = useRuleRowContext();
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
