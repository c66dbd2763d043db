export type KnownProperty = { key: string; label: string };

export const knownProperties: readonly KnownProperty[] = [
  { key: '$exception_types', label: 'Exception type' },
  { key: '$exception_values', label: 'Exception message' },
  { key: '$exception_sources', label: 'Source file' },
  { key: '$exception_functions', label: 'Function' },
  { key: '$exception_handled', label: 'Handled' },
  { key: '$browser', label: 'Browser' },
  { key: '$os', label: 'Operating system' },
  { key: '$current_url', label: 'URL' },
  { key: '$lib', label: 'Library' },
  { key: '$lib_version', label: 'Library version' },
  { key: '$app_version', label: 'App version' },
  { key: '$device_type', label: 'Device type' },
];

const labels = new Map(knownProperties.map(({ key, label }) => [key, label]));

export function knownPropertyLabel(key: string): string | undefined {
  return labels.get(key);
}

export function propertyLabel(key: string): string {
  return labels.get(key) ?? key;
}
