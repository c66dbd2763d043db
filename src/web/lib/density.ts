export const densities = ['compact', 'comfortable'] as const;
export type Density = (typeof densities)[number];

const storageKey = 'tc:density';

/** The density this browser chose; compact unless comfortable was picked. */
export function readDensity(): Density {
  try {
    return localStorage.getItem(storageKey) === 'comfortable' ? 'comfortable' : 'compact';
  } catch {
    return 'compact';
  }
}

/** `<html data-density>` sets the row and control sizes (see tokens.css). */
export function applyDensity(density: Density): void {
  document.documentElement.setAttribute('data-density', density);
}

export function saveDensity(density: Density): void {
  applyDensity(density);
  try {
    if (density === 'compact') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, density);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}
