/** What PostHog holds in the property, which decides the operators that make sense for it. */
export type PropertyType = 'string' | 'string_array' | 'number' | 'boolean';

export type KnownProperty = { key: string; label: string; type: PropertyType; group: string };

const exceptionProperties = 'Exception properties';
const eventProperties = 'Event properties';

/**
 * PostHog's "Exception properties" (getProductEventPropertyFilterOptions('error-tracking')), then event properties
 * every SDK sends with an exception. cymbal writes the four `$exception_*` lists as arrays of strings.
 */
export const knownProperties: readonly KnownProperty[] = [
  { key: '$exception_types', label: 'Exception type', type: 'string_array', group: exceptionProperties },
  { key: '$exception_values', label: 'Exception message', type: 'string_array', group: exceptionProperties },
  { key: '$exception_sources', label: 'Source file', type: 'string_array', group: exceptionProperties },
  { key: '$exception_functions', label: 'Function', type: 'string_array', group: exceptionProperties },
  { key: '$exception_handled', label: 'Handled', type: 'boolean', group: exceptionProperties },
  { key: '$browser', label: 'Browser', type: 'string', group: eventProperties },
  { key: '$os', label: 'Operating system', type: 'string', group: eventProperties },
  { key: '$current_url', label: 'URL', type: 'string', group: eventProperties },
  { key: '$lib', label: 'Library', type: 'string', group: eventProperties },
  { key: '$lib_version', label: 'Library version', type: 'string', group: eventProperties },
  { key: '$app_version', label: 'App version', type: 'string', group: eventProperties },
  { key: '$device_type', label: 'Device type', type: 'string', group: eventProperties },
  { key: '$screen_width', label: 'Screen width', type: 'number', group: eventProperties },
  { key: '$viewport_width', label: 'Viewport width', type: 'number', group: eventProperties },
];

const byKey = new Map(knownProperties.map((property) => [property.key, property]));

export function knownProperty(key: string): KnownProperty | undefined {
  return byKey.get(key);
}

export function propertyLabel(key: string): string {
  return byKey.get(key)?.label ?? key;
}

/** The known property `text` names exactly, by key or by label, ignoring case. */
export function propertyNamed(text: string): KnownProperty | undefined {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return undefined;
  return knownProperties.find(
    (property) => property.key.toLocaleLowerCase() === needle || property.label.toLocaleLowerCase() === needle,
  );
}
