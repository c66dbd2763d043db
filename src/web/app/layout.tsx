import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { ReadOnlyNotice } from '../components/write-scope/write-scope';
import { productName } from '../lib/use-document-title';
import { SectionNav } from './section-nav';
import { useEnvironmentLocation } from './use-environment-location';

const HeaderControls = lazy(async () => ({ default: (await import('./header-controls')).HeaderControls }));

/** After a client-side navigation, focus goes to the new content, as a page load would put it at the top. */
function useFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Someone stepping through environments with the switcher keeps their place in it.
    if (document.activeElement?.closest('[data-keep-focus]')) return;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}

export function AppLayout() {
  const { envId } = useEnvironmentLocation();
  const navigation = useNavigation();
  const mainRef = useFocusOnNavigation();

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#content"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          {productName}
        </Link>
        <div className="app-header__controls" data-keep-focus>
          <Suspense fallback={null}>
            <HeaderControls />
          </Suspense>
        </div>
      </header>
      <div className="app-body">
        {envId && <SectionNav envId={envId} />}
        <main id="content" ref={mainRef} tabIndex={-1} aria-busy={navigation.state === 'loading' || undefined}>
          <ReadOnlyNotice />
          <Outlet />
        </main>
      </div>
    </div>
  );
}
