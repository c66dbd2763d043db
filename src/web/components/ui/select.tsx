import type { ComponentPropsWithRef } from 'react';
import { cx } from '../../lib/class-names';

export type SelectProps = ComponentPropsWithRef<'select'>;

/** A styled native <select> (options as children); forwards its ref for react-hook-form's register(). */
export function Select({ className, ...props }: SelectProps) {
  return <select className={cx('select', className)} {...props} />;
}
