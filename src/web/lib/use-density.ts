import { useSyncExternalStore } from 'react';
import { saveDensity, type Density } from './density';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-density'] });
  return () => observer.disconnect();
}

const current = (): Density =>
  document.documentElement.getAttribute('data-density') === 'comfortable' ? 'comfortable' : 'compact';

/** The density `<html data-density>` has now, and a setter that also remembers it for this browser. */
export function useDensity(): [Density, (density: Density) => void] {
  return [useSyncExternalStore(subscribe, current), saveDensity];
}
