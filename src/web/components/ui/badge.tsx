import type { ComponentPropsWithRef } from 'react';
import { cx } from '../../lib/class-names';
import './badge.css';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export type BadgeProps = ComponentPropsWithRef<'span'> & { tone?: BadgeTone };

/** A short status word ("Disabled"); tone is colour only, so the word itself must carry the meaning. */
export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return <span className={cx('badge', `badge--${tone}`, className)} {...props} />;
}
