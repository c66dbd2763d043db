import { Button } from '../../../../components/ui/button';

type UnseenChangeNoticeProps = {
  id: string;
  message: string;
  applyLabel: string;
  onApply: () => void;
  keepLabel: string;
  onKeep: () => void;
};

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
