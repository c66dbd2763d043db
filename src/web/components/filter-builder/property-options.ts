import type { ComboboxOption } from '../ui/combobox';
import { knownProperties, propertyNamed } from './properties';

const knownOptions: readonly ComboboxOption<string>[] = knownProperties.map(({ key, label, group }) => ({
  key,
  value: key,
  label,
  keywords: [key],
  group,
}));

export const isCustomOption = (option: ComboboxOption<string>) => option.key.startsWith('custom:');

/**
 * The known properties, found by label or key, and then, for text that names none of them, an explicit option to
 * use it as a custom key. Its own `key` differs from the property's, so a chosen custom key never shows the option's
 * wording in the input.
 */
export function propertyOptions(typed: string): readonly ComboboxOption<string>[] {
  const text = typed.trim();
  if (text === '' || propertyNamed(text)) return knownOptions;
  return [...knownOptions, { key: `custom:${text}`, value: text, label: `Use custom property “${text}”` }];
}
