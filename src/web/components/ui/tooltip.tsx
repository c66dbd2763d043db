import { useId, useState, type ReactNode } from 'react';
import './tooltip.css';

/** Spread onto the trigger: it becomes focusable and is described by the tooltip text. */
export type TooltipTriggerProps = { 'aria-describedby': string; tabIndex: 0 };

export type TooltipProps = {
  text: string;
  children: (trigger: TooltipTriggerProps) => ReactNode;
};

/**
 * Text shown on hover and on keyboard focus, e.g.
 * `<Tooltip text={rule.disabled_data.message}>{(trigger) => <Badge tone="warning" {...trigger}>Disabled</Badge>}</Tooltip>`.
 * It stays while hovered (the bubble is inside the hover area) and Escape hides it (WCAG 1.4.13).
 */
export function Tooltip({ text, children }: TooltipProps) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <span
      className="tooltip"
      onMouseEnter={() => setVisible(true)}
      onMouseLeave={() => setVisible(false)}
      onFocus={() => setVisible(true)}
      onBlur={() => setVisible(false)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !visible) return;
        event.stopPropagation();
        setVisible(false);
      }}
    >
      {children({ 'aria-describedby': id, tabIndex: 0 })}
      <span id={id} role="tooltip" className="tooltip__bubble" hidden={!visible}>
        {text}
      </span>
    </span>
  );
}
