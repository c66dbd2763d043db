import { EnvironmentSwitcher } from './environment-switcher';
import { ThemeToggle } from './theme-toggle';

/** Loaded beside the page's chunk, not in the entry: their Select brings the headless UI library (decision 022). */
export function HeaderControls() {
  return (
    <>
      <EnvironmentSwitcher />
      <ThemeToggle />
    </>
  );
}
