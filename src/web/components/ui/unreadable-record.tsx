import type { Row } from '../../../contract/rows';
import { Badge } from './badge';
import './unreadable-record.css';

type Unreadable = Extract<Row<unknown>, { ok: false }>;

/**
 * A record the server sent that does not match the contract: said plainly, with the reason and the raw JSON on
 * demand, so the rows around it keep working and nobody has to open the network panel to see what arrived.
 */
export function UnreadableRecord({ row, noun }: { row: Unreadable; noun: string }) {
  return (
    <div className="unreadable-record" role="group" aria-label={`Unreadable ${noun}${row.id ? ` ${row.id}` : ''}`}>
      <p className="unreadable-record__summary">
        <Badge tone="warning">Unreadable</Badge>{' '}
        <span>
          This {noun}
          {row.id ? <code className="unreadable-record__id"> {row.id}</code> : null} does not match what the dashboard
          can read: {row.reason}
        </span>
      </p>
      <details className="unreadable-record__raw">
        <summary>Show the raw record</summary>
        <pre>{JSON.stringify(row.raw, null, 2)}</pre>
      </details>
    </div>
  );
}
