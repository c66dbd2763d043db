import type { ReactNode } from 'react';
import { RelativeTime } from '../../../../components/ui/relative-time';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { explainPath } from '../../../../lib/explain-path';
import type { ExceptionSample } from '../../../../lib/rule-outcomes/exception-sample';

type ExceptionLinksProps<T extends ExceptionSample> = {
  label: string;
  exceptions: readonly T[];
  /** More about each one, after its time (what changes for it). */
  detail?: (exception: T) => ReactNode;
};

/**
 * Exceptions, each a link to its explanation in the Rule Lab. They open in a new tab: the editor or the move being
 * checked stays as it is, and Explain shows the rules as saved.
 */
export function ExceptionLinks<T extends ExceptionSample>({ label, exceptions, detail }: ExceptionLinksProps<T>) {
  const { id: envId } = useCurrentEnvironment();
  return (
    <ul className="exception-links" aria-label={label}>
      {exceptions.map((exception) => (
        <li key={exception.uuid} className="exception-links__item">
          <a href={explainPath(envId, exception.uuid)} target="_blank" rel="noopener" className="exception-links__link">
            {exception.headline} <span className="visually-hidden">(explained in a new tab)</span>
          </a>{' '}
          <span className="exception-links__facts">
            <RelativeTime iso={exception.timestamp} />
            {detail && <> · {detail(exception)}</>}
          </span>
        </li>
      ))}
    </ul>
  );
}
