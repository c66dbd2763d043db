import { isRouteErrorResponse, useRouteError } from 'react-router';
import { describeError } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';

function messageFor(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`.trim();
  // A page chunk that no longer exists: the app was rebuilt since this tab loaded it.
  if (error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message)) {
    return 'A part of the app could not be loaded; it may have been updated since this page was opened. Reloading fetches the current version.';
  }
  return describeError(error);
}

export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const content = (
    <div className="route-error" role="alert">
      <h1>Something went wrong</h1>
      <p>{messageFor(error)}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <a href="/">Go to the start page</a>
      </div>
    </div>
  );
  return standalone ? (
    <main id="content" className="standalone">
      {content}
    </main>
  ) : (
    content
  );
}
