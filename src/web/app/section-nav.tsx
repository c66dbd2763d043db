import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { sections } from './sections';

/** NavLink marks the active section with aria-current="page". */
export function SectionNav({ envId }: { envId: string }) {
  const navRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the list is a row that scrolls sideways: the current section must not sit out of sight.
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return;
    nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav aria-label="Sections" className="section-nav" ref={navRef}>
      <ul>
        {sections.map((section) => (
          <li key={section.path}>
            <NavLink to={`/env/${envId}/${section.path}`}>{section.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
