import { Button } from '../../../../components/ui/button';

type UnseenChangeNoticeProps = {
  id: string;
  /** Says what someone else changed and that the person's own change was not saved. */
  message: string;
  /** "Change to Suppressed anyway": sends the person's change over the value now shown. */
  applyLabel: string;
  onApply: () => void;
  /** "Keep Resolved": leaves the other person's value. */
  keepLabel: string;
  onKeep: () => void;
};

/** A change that was not sent because someone else changed the same field meanwhile, with the two ways on. */
export function UnseenChangeNotice({ id, message, applyLabel, onApply, keepLabel, onKeep }: UnseenChangeNoticeProps) {
  return (
    <div className="notice unseen-change">
      {/* Only the sentence is announced; the buttons follow it. */}
      <p id={id} className="unseen-change__message" role="alert">
        {message}
      </p>
      <div className="unseen-change__actions">
        <Button size="small" onClick={onApply}>
          {applyLabel}
        </Button>
        <Button size="small" variant="ghost" onClick={onKeep}>
          {keepLabel}
        </Button>
      </div>
    </div>
  );
}
