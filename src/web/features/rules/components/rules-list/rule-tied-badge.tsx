import { Badge } from '../../../../components/ui/badge';
import { Tooltip } from '../../../../components/ui/tooltip';

const why =
  'This rule has the same order key as another, so PostHog may run either first. Move a rule or use Fix order.';

/** The rule's place is shared: its evaluation order is undefined until the list is reordered. */
export function RuleTiedBadge() {
  return (
    <Tooltip text={why}>
      {(trigger) => (
        <Badge tone="warning" {...trigger}>
          Tied
        </Badge>
      )}
    </Tooltip>
  );
}
