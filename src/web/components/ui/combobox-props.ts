import type { ReactNode, Ref } from 'react';
import type { ComboboxOption } from './combobox-options';

export type RenderOption<T> = (option: ComboboxOption<T>, state: { selected: boolean }) => ReactNode;

/** A field is named by a visible <label for={id}> or by aria-label: one of the two is required. */
export type FieldLabelling = { id: string; 'aria-label'?: string } | { id?: string; 'aria-label': string };

/** What react-hook-form's Controller hands a custom field, shared by the pickers built on Combobox. */
export type ControlledFieldProps<V> = FieldLabelling & {
  value: V | null;
  onChange: (value: V | null) => void;
  onBlur?: () => void;
  /** Reaches the input, so react-hook-form's Controller can focus the field on an error. */
  ref?: Ref<HTMLInputElement>;
  name?: string;
};

export type ComboboxProps<T> = FieldLabelling & {
  options: readonly ComboboxOption<T>[];
  value: T | null;
  onChange: (value: T | null) => void;
  /** Matches a value to its option's `key`. */
  getValueKey: (value: T) => string;
  /** Input text for a value no option holds (a typed id); default its key. */
  getValueLabel?: (value: T) => string;
  renderOption?: RenderOption<T>;
  placeholder?: string;
  /** Show a clear button and let an emptied input mean "no value" (default true). */
  clearable?: boolean;
  clearLabel?: string;
  noMatchesText?: string;
  /** Offer what was typed as a value of its own when `parseCustom` understands it. */
  allowCustomValue?: boolean;
  parseCustom?: (text: string) => T | null;
  /** Called with the typed text on every keystroke: options that come from a server search follow it. */
  onInputChange?: (text: string) => void;
  /** The custom option's text; default `Use “text”`. */
  describeCustom?: (value: T, text: string) => string;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  onBlur?: () => void;
  ref?: Ref<HTMLInputElement>;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
  className?: string;
};
