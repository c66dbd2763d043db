import type { ComponentPropsWithRef } from 'react';
import { cx } from '../../lib/class-names';

export type TextInputProps = ComponentPropsWithRef<'input'>;

/** A styled <input>; the ref reaches the element, so react-hook-form's register() works as on a plain input. */
export function TextInput({ className, type = 'text', ...props }: TextInputProps) {
  return <input type={type} className={cx('input', className)} {...props} />;
}
