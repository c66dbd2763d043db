import type { PropertyOperator } from '../../../../../contract/filters';
import type { LeafTrace } from '../../../../../rule-engine/types';
import { operatorLabels } from '../../../../components/filter-builder/operators';
import { propertyLabel } from '../../../../components/filter-builder/properties';
import { formatSeenValue } from './format-seen-value';

const operatorLabel = (operator: string) => operatorLabels[operator as PropertyOperator] ?? operator;

function LeafResult({ leaf }: { leaf: LeafTrace }) {
  if (leaf.result === 'error') return <span className="leaf-trace__result leaf-trace__result--error">Error</span>;
  return leaf.result ? (
    <span className="leaf-trace__result leaf-trace__result--true">
      <span aria-hidden="true">✓</span> true
    </span>
  ) : (
    <span className="leaf-trace__result leaf-trace__result--false">
      <span aria-hidden="true">✗</span> false
    </span>
  );
}

/** Every filter of one rule: what it asks, what the exception had, and the answer. */
export function LeafTraceTable({ leaves, caption }: { leaves: readonly LeafTrace[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table leaf-trace">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Operator</th>
            <th scope="col">Value</th>
            <th scope="col">Seen</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {leaves.map((leaf) => (
            <tr key={leaf.path.join('.')}>
              <th scope="row" data-label="Property">
                {propertyLabel(leaf.key)}
              </th>
              <td data-label="Operator">{operatorLabel(leaf.operator)}</td>
              <td data-label="Value" className="leaf-trace__value">
                {formatSeenValue(leaf.value)}
              </td>
              <td data-label="Seen" className="leaf-trace__value">
                {formatSeenValue(leaf.seen)}
                {leaf.note && <span className="leaf-trace__note">{leaf.note}</span>}
              </td>
              <td data-label="Result">
                <LeafResult leaf={leaf} />
                {leaf.error && <span className="leaf-trace__note">{leaf.error}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
