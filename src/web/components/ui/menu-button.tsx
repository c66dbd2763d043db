import {
  Menu,
  MenuButton as AriakitMenuButton,
  MenuItem as AriakitMenuItem,
  MenuProvider,
  MenuSeparator,
} from '@ariakit/react';
import { useId, useRef, type ReactNode } from 'react';
import { cx } from '../../lib/class-names';
import { Button, type ButtonProps } from './button';
import './menu-button.css';

export type MenuItem = {
  label: string;
  onSelect: () => void;
  /** Disabled items stay focusable (so their reason can be read) but do nothing. */
  disabled?: boolean;
  /** Why it is disabled ("Already first"): shown under the label, read as its description. */
  disabledReason?: string;
  tone?: 'danger';
};
export type MenuEntry = MenuItem | 'separator';

export type MenuButtonProps = {
  /** The button's accessible name ("Actions for rule 3"); it should contain any visible text. */
  label: string;
  items: readonly MenuEntry[];
  /** The visible button content; default a "⋯" glyph. */
  children?: ReactNode;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  /** On the button: a trigger that should look like what it opens a menu for (a badge). */
  className?: string;
};

/**
 * The WAI-ARIA APG menu button, Ariakit's: arrows/Home/End/first letters move, Enter/Space choose, Escape, Tab or
 * a click outside close it.
 */
export function MenuButton({
  label,
  items,
  children,
  align = 'end',
  variant = 'ghost',
  size,
  className,
}: MenuButtonProps) {
  const baseId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  return (
    <div className="menu-button">
      <MenuProvider placement={align === 'end' ? 'bottom-end' : 'bottom-start'} focusLoop>
        <AriakitMenuButton
          ref={buttonRef}
          render={<Button variant={variant} size={size} className={className} />}
          aria-label={label}
        >
          {children ?? <span aria-hidden="true">⋯</span>}
        </AriakitMenuButton>
        <Menu portal gutter={4} unmountOnHide className="menu">
          {items.map((entry, position) => {
            if (entry === 'separator')
              return <MenuSeparator key={`separator-${position}`} render={<div />} className="menu__separator" />;
            const itemId = `${baseId}-item-${position}`;
            const reason = entry.disabled ? entry.disabledReason : undefined;
            return (
              <AriakitMenuItem
                key={itemId}
                id={itemId}
                disabled={entry.disabled}
                accessibleWhenDisabled
                aria-labelledby={`${itemId}-label`}
                aria-describedby={reason ? `${itemId}-reason` : undefined}
                title={reason}
                className={cx('menu__item', entry.tone === 'danger' && 'menu__item--danger')}
                onClick={() => {
                  // Focus is back on the button before the action runs, so a dialog it opens returns focus there.
                  buttonRef.current?.focus();
                  entry.onSelect();
                }}
              >
                <span id={`${itemId}-label`}>{entry.label}</span>
                {reason && (
                  <span id={`${itemId}-reason`} className="menu__reason">
                    {reason}
                  </span>
                )}
              </AriakitMenuItem>
            );
          })}
        </Menu>
      </MenuProvider>
    </div>
  );
}
