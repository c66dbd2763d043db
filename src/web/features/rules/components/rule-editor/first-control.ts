const focusable =
  'input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)';

/** The form's first control; for a radio group, its checked radio (the one Tab would reach). */
export function firstControl(root: HTMLElement | null): HTMLElement | null {
  const first = root?.querySelector<HTMLElement>(focusable) ?? null;
  if (!root || !(first instanceof HTMLInputElement) || first.type !== 'radio' || first.checked) return first;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  return radios.find((radio) => radio.name === first.name && radio.checked) ?? first;
}
