import { NavLink } from 'react-router';
import { sections } from './sections';

/** NavLink marks the active section with aria-current="page". */
export function SectionNav({ envId }: { envId: string }) {
  return (
    <nav aria-label="Sections" className="section-nav">
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
