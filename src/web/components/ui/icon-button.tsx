import { cx } from '../../lib/class-names';
import { Button, type ButtonProps } from './button';

export type IconButtonProps = Omit<ButtonProps, 'aria-label'> & {
  /** The accessible name: the icon alone says nothing to a screen reader. */
  'aria-label': string;
};

/** A square button showing only an icon or glyph; its name comes from aria-label (also shown as a tooltip). */
export function IconButton({ variant = 'ghost', className, title, children, ...props }: IconButtonProps) {
  return (
    <Button variant={variant} className={cx('icon-button', className)} title={title ?? props['aria-label']} {...props}>
      <span aria-hidden="true">{children}</span>
    </Button>
  );
}
