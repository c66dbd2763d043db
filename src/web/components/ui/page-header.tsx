import type { ReactNode } from 'react';
import { useOptionalEnvironment } from '../../lib/environments/current-environment';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The page's one h1 and what the section is for; also names the browser tab after it. */
export function PageHeader({ title, description }: { title: string; description: ReactNode }) {
  const environment = useOptionalEnvironment();
  useDocumentTitle(title, environment?.name);
  return (
    <header className="page-header">
      <h1>{title}</h1>
      <p className="page-header__description">{description}</p>
    </header>
  );
}
