import { Button } from '../../../../components/ui/button';

type TiesNoticeProps = {
  count: number;
  /** Why the order cannot be changed now, or null. */
  fixOff: string | null;
  saving: boolean;
  onFix: () => void;
};

/** Rules on the same order_key run in no fixed order in PostHog; one action gives each its own place. */
export function TiesNotice({ count, fixOff, saving, onFix }: TiesNoticeProps) {
  return (
    <div className="ties-notice" role="note" aria-label="Tied rules">
      <p>
        {count} rules share their place with another rule, so PostHog may run them in either order. They are shown
        oldest first; reordering, or fixing the order, gives each its own place.
      </p>
      <Button
        size="small"
        aria-disabled={fixOff !== null || saving ? 'true' : undefined}
        title={fixOff ?? undefined}
        onClick={() => {
          if (fixOff === null && !saving) onFix();
        }}
      >
        Fix order
      </Button>
    </div>
  );
}
