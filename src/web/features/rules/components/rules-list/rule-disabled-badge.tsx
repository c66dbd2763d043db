import { Badge } from '../../../../components/ui/badge';
import { Tooltip } from '../../../../components/ui/tooltip';

/** PostHog turned the rule off after it failed to evaluate; the reason shows on hover and focus. */
export function RuleDisabledBadge({ message }: { message: string }) {
  return (
    <Tooltip text={message}>
      {(trigger) => (
        <Badge tone="warning" className="rule-row__disabled" {...trigger}>
          Disabled
        </Badge>
      )}
    </Tooltip>
  );
}
