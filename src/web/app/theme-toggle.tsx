import { useState } from 'react';
import { Select } from '../components/ui/select';
import { readThemePreference, saveThemePreference, themePreferences, type ThemePreference } from '../lib/theme';
import { ThemeIcon } from './theme-icon';

const labels: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const options = themePreferences.map((value) => ({ value, label: labels[value] }));

/** A small icon button in the header: the icon shows the choice, the name ("Theme") and value are read out. */
export function ThemeToggle() {
  const [preference, setPreference] = useState(readThemePreference);
  return (
    <Select
      aria-label="Theme"
      className="theme-toggle"
      options={options}
      value={preference}
      renderValue={(option) => (
        <>
          <ThemeIcon preference={option?.value ?? 'system'} />
          <span className="visually-hidden">{option?.label}</span>
        </>
      )}
      onChange={(next) => {
        saveThemePreference(next);
        setPreference(next);
      }}
    />
  );
}
