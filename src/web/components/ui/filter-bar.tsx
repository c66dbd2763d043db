import type { ReactNode } from 'react';
import { cx } from '../../lib/class-names';
import { Button } from './button';
import './filter-bar.css';

export type FilterBarProps = {
  /** Names the search landmark ("Filter issues"); without it the bar is a plain group of tools. */
  label?: string;
  /** A legend for the controls, read as the group's name (visually hidden). */
  legend?: string;
  /** Fields (labels above controls) and buttons, laid out on one line and wrapped as a whole. */
  children: ReactNode;
  /** One line under the bar for what the fields' hints would say; give it `helperId` and describe fields by it. */
  helper?: ReactNode;
  helperId?: string;
  /** "Clear filters": its place is kept while no filter is set, so the bar never moves when it appears. */
  onClear?: () => void;
  clearShown?: boolean;
  /** Every control off at once (this server cannot filter); `describedBy` says why. */
  disabled?: boolean;
  describedBy?: string;
  className?: string;
};

/**
 * The filters above a list: labels above their controls, every control on one line (buttons line up with the
 * controls, not with the labels), helper text below the bar, and "Clear filters" at the end of the line.
 */
export function FilterBar({
  label,
  legend,
  children,
  helper,
  helperId,
  onClear,
  clearShown = false,
  disabled,
  describedBy,
  className,
}: FilterBarProps) {
  return (
    <div role={label ? 'search' : undefined} aria-label={label} className={cx('filter-bar', className)}>
      <fieldset className="filter-bar__controls" disabled={disabled} aria-describedby={describedBy}>
        {legend && <legend className="visually-hidden">{legend}</legend>}
        {children}
        {onClear && (
          <span className="filter-bar__clear" aria-hidden={!clearShown || undefined} inert={!clearShown}>
            <Button variant="ghost" onClick={onClear}>
              Clear filters
            </Button>
          </span>
        )}
      </fieldset>
      {helper && (
        <p id={helperId} className="filter-bar__helper">
          {helper}
        </p>
      )}
    </div>
  );
}
