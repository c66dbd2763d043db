import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../../lib/class-names';
import './checkbox.css';

export type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'type'> & {
  /** Visible label after the box; omit it only when aria-label or a <label htmlFor> names the box. */
  label?: ReactNode;
};

/** A native checkbox, optionally wrapped in its label; forwards its ref for react-hook-form's register(). */
export function Checkbox({ label, className, ...props }: CheckboxProps) {
  const box = <input type="checkbox" className={cx('checkbox__box', label === undefined && className)} {...props} />;
  if (label === undefined) return box;
  return (
    <label className={cx('checkbox', className)}>
      {box}
      <span className="checkbox__label">{label}</span>
    </label>
  );
}
