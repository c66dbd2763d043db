import { Link, useLocation } from 'react-router';
import { PageHeader } from '../components/ui/page-header';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader
        title="Page not found"
        description={
          <>
            Nothing lives at <code>{pathname}</code>.
          </>
        }
      />
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </>
  );
}
