import type { ComponentPropsWithRef } from 'react';
import { cx } from '../../lib/class-names';

export type NativeSelectProps = ComponentPropsWithRef<'select'>;

/**
 * A native <select> drawn like Select, for fields registered with react-hook-form's register() (it needs the element
 * and its change events). Anywhere else, use Select.
 */
export function NativeSelect({ className, ...props }: NativeSelectProps) {
  return <select className={cx('select', className)} {...props} />;
}
