import { Button } from '../../../../components/ui/button';

/** Instead of a form for a rule that was deleted (here, elsewhere, or never existed). */
export function RuleGone({ onBack }: { onBack: () => void }) {
  return (
    <div className="rule-editor__gone" role="alert">
      <p className="rule-editor__gone-title">This rule no longer exists</p>
      <p>It may have been deleted in another tab or by someone else. Nothing was saved.</p>
      <Button variant="primary" onClick={onBack}>
        Back to the list
      </Button>
    </div>
  );
}
