export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

const storageKey = 'tc:theme';

export function readThemePreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(storageKey);
    return themePreferences.find((preference) => preference === stored) ?? 'system';
  } catch {
    return 'system';
  }
}

/** `data-theme` pins a theme; without it the CSS follows prefers-color-scheme. */
export function applyTheme(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preference);
}

export function saveThemePreference(preference: ThemePreference): void {
  applyTheme(preference);
  try {
    if (preference === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, preference);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}
