import { isFilterGroup } from '../../../contract/filters';
import { type StoredFilterGroup, type StoredFilterNode } from '../../../contract/stored-filters';
import { describeNode, matchEveryException } from './describe-filters';
import { editableLeaf } from './editable-leaf';
import './filter-pills.css';

function pillClass(node: StoredFilterNode): string {
  if (isFilterGroup(node)) return 'filter-pill filter-pill--group';
  return editableLeaf(node) ? 'filter-pill' : 'filter-pill filter-pill--raw';
}

export function FilterPills({ group }: { group: StoredFilterGroup }) {
  if (group.values.length === 0) return <p className="filter-pills filter-pills--empty">{matchEveryException}</p>;
  const all = group.type === 'AND';
  const several = group.values.length > 1;
  return (
    <div className="filter-pills">
      {several && <span className="filter-pills__match">{all ? 'All of' : 'Any of'}</span>}
      <ul className="filter-pills__list" aria-label={several ? `Filters, matching ${all ? 'all' : 'any'}` : 'Filter'}>
        {group.values.map((node, index) => (
          <li key={index} className={pillClass(node)}>
            {index > 0 && <span className="visually-hidden">{all ? 'and ' : 'or '}</span>}
            {describeNode(node)}
          </li>
        ))}
      </ul>
    </div>
  );
}
