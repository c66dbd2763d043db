import { lacksQueryScope } from '../../../../data/exceptions/get-recent-exceptions';
import type { ExceptionWindow } from '../../../../data/rule-preview/preview-messages';
import { describeError } from '../../../../lib/api-error';
import { countOf } from '../../../../lib/format';
import type { OrderImpact } from '../../../../lib/rule-outcomes/order-impact-job';
import { triedOn, windowName } from '../rule-preview/window-label';

const unitOf = (impact: OrderImpact) => (impact.kind === 'assignment' ? 'issue' : 'exception');

/** What a saved move's toast adds: the check found nothing to ask about. */
export function unchangedNote(window: ExceptionWindow): string {
  if (window.exceptions === 0) return `There are no exceptions from the ${windowName(window.days)} to check it on.`;
  return `It changes no outcome for ${triedOn(window.exceptions, window.days)}.`;
}

export const changedNote = (impact: OrderImpact) =>
  `It changes the outcome for ${countOf(impact.changes.exceptions, `recent ${unitOf(impact)}`)}.`;

/** A check that could not run does not hold the move back: the toast says so. */
export function uncheckedNote(error: unknown): string {
  if (lacksQueryScope(error)) return 'Its effect on recent exceptions was not checked: this API key cannot read them.';
  return `Its effect on recent exceptions could not be checked: ${describeError(error)}`;
}
