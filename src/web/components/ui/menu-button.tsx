import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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
};

const isItem = (entry: MenuEntry): entry is MenuItem => entry !== 'separator';

/** The WAI-ARIA APG menu button: arrows/Home/End move, Enter/Space choose, Escape closes back to the button. */
export function MenuButton({ label, items, children, align = 'end', variant = 'ghost', size }: MenuButtonProps) {
  const [active, setActive] = useState<number | null>(null);
  const open = active !== null;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLLIElement | null>>([]);
  const baseId = useId();
  const actions = items.filter(isItem);

  useEffect(() => {
    if (active !== null) itemRefs.current[active]?.focus();
  }, [active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setActive(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setActive(null);
    buttonRef.current?.focus();
  };
  const choose = (index: number) => {
    const item = actions[index];
    if (!item || item.disabled) return;
    // Focus is back on the button before the action runs, so a dialog it opens returns focus there.
    close();
    item.onSelect();
  };
  const move = (to: number) => setActive((to + actions.length) % actions.length);

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const current = active ?? 0;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      Home: () => move(0),
      End: () => move(actions.length - 1),
      Escape: close,
      Enter: () => choose(current),
      ' ': () => choose(current),
    };
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      event.stopPropagation();
      handler();
    } else if (event.key === 'Tab') {
      setActive(null);
    } else if (event.key.length === 1 && /\S/.test(event.key)) {
      const after = [...actions.slice(current + 1), ...actions.slice(0, current + 1)];
      const match = after.find((item) => item.label.toLowerCase().startsWith(event.key.toLowerCase()));
      if (match) setActive(actions.indexOf(match));
    }
  };

  let actionIndex = -1;
  return (
    <div ref={rootRef} className="menu-button">
      <Button
        ref={buttonRef}
        id={`${baseId}-button`}
        variant={variant}
        size={size}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${baseId}-menu` : undefined}
        onClick={() => (open ? setActive(null) : setActive(0))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setActive(event.key === 'ArrowDown' ? 0 : actions.length - 1);
        }}
      >
        {children ?? <span aria-hidden="true">⋯</span>}
      </Button>
      {open && (
        <ul
          id={`${baseId}-menu`}
          role="menu"
          aria-labelledby={`${baseId}-button`}
          className={cx('menu', `menu--${align}`)}
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!rootRef.current?.contains(event.relatedTarget)) setActive(null);
          }}
        >
          {items.map((entry, position) => {
            if (!isItem(entry))
              return <li key={`separator-${position}`} role="separator" className="menu__separator" />;
            const index = ++actionIndex;
            const itemId = `${baseId}-item-${index}`;
            const reason = entry.disabled ? entry.disabledReason : undefined;
            return (
              <li
                key={itemId}
                ref={(node) => {
                  itemRefs.current[index] = node;
                }}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={entry.disabled || undefined}
                aria-labelledby={`${itemId}-label`}
                aria-describedby={reason ? `${itemId}-reason` : undefined}
                title={reason}
                className={cx('menu__item', entry.tone === 'danger' && 'menu__item--danger')}
                onClick={() => choose(index)}
                onPointerMove={() => {
                  if (active !== index) setActive(index);
                }}
              >
                <span id={`${itemId}-label`}>{entry.label}</span>
                {reason && (
                  <span id={`${itemId}-reason`} className="menu__reason">
                    {reason}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
