export type ComboboxOption<T> = {
  /** Unique among the options; a value finds its option through `getValueKey(value) === key`. */
  key: string;
  value: T;
  /** Put in the input once chosen, and matched against what is typed. */
  label: string;
  /** More text that typing matches (an email address). */
  keywords?: readonly string[];
  /** Options of one group are listed together under its label, groups in order of first appearance. */
  group?: string;
  disabled?: boolean;
};

export type ComboboxSection<T> = { group: string | undefined; options: ComboboxOption<T>[] };

export function matchesQuery<T>(option: ComboboxOption<T>, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return true;
  return [option.label, ...(option.keywords ?? [])].some((text) => text.toLocaleLowerCase().includes(needle));
}

/** The options that match, grouped; `flat` is the same options in on-screen order (the arrow-key order). */
export function sectionsOf<T>(options: readonly ComboboxOption<T>[], query: string) {
  const sections: ComboboxSection<T>[] = [];
  for (const option of options) {
    if (!matchesQuery(option, query)) continue;
    const section = sections.find((candidate) => candidate.group === option.group);
    if (section) section.options.push(option);
    else sections.push({ group: option.group, options: [option] });
  }
  return { sections, flat: sections.flatMap((section) => section.options) };
}

/** The option whose label is exactly the text (ignoring case), if exactly one is. */
export function exactMatch<T>(options: readonly ComboboxOption<T>[], text: string): ComboboxOption<T> | undefined {
  const needle = text.trim().toLocaleLowerCase();
  const found = options.filter((option) => !option.disabled && option.label.toLocaleLowerCase() === needle);
  return found.length === 1 ? found[0] : undefined;
}

export type CustomValue<T> = {
  parse?: (text: string) => T | null;
  describe?: (value: T, text: string) => string;
};

/**
 * What the popup shows for `text`: the matching options by group, then what was typed as an option of its own when
 * `custom.parse` understands it (an option that holds that value already stands in for it). `all` is the arrow order.
 */
export function visibleOptions<T>(
  options: readonly ComboboxOption<T>[],
  text: string,
  getValueKey: (value: T) => string,
  custom: CustomValue<T>,
) {
  const { sections, flat } = sectionsOf(options, text);
  const typed = text.trim();
  const parsed = typed === '' ? null : (custom.parse?.(typed) ?? null);
  const key = parsed === null ? null : getValueKey(parsed);
  let typedOption: ComboboxOption<T> | null = null;
  if (parsed !== null && !flat.some((option) => option.key === key)) {
    typedOption = options.find((option) => option.key === key) ?? {
      key: `custom:${key}`,
      value: parsed,
      label: custom.describe?.(parsed, typed) ?? `Use “${typed}”`,
    };
  }
  return { sections, custom: typedOption, all: typedOption ? [...flat, typedOption] : flat };
}
