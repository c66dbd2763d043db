import { useId, useState } from 'react';
import { readThemePreference, saveThemePreference, themePreferences, type ThemePreference } from '../lib/theme';

const labels: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeToggle() {
  const id = useId();
  const [preference, setPreference] = useState(readThemePreference);
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={preference}
        onChange={(event) => {
          const next = event.target.value as ThemePreference;
          saveThemePreference(next);
          setPreference(next);
        }}
      >
        {themePreferences.map((value) => (
          <option key={value} value={value}>
            {labels[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
