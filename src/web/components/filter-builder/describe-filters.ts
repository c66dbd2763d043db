import { isFilterGroup, type PropertyFilter } from '../../../contract/filters';
import { type StoredFilterGroup, type StoredFilterNode } from '../../../contract/stored-filters';
import { editableLeaf, notEditableText } from './editable-leaf';
import { listOf, pairOf } from './filter-values';
import { operatorLabels, valueKindOf } from './operators';
import { propertyLabel } from './properties';

export const matchEveryException = 'Matches every exception';

function joinAlternatives(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function describeValue(filter: PropertyFilter): string {
  switch (valueKindOf(filter.operator)) {
    case 'none':
      return '';
    case 'pair': {
      const [low, high] = pairOf(filter.value);
      return `${String(low)} and ${String(high)}`;
    }
    default:
      return joinAlternatives(listOf(filter.value).map(String));
  }
}

export function describeFilter(filter: PropertyFilter): string {
  return [propertyLabel(filter.key), operatorLabels[filter.operator], describeValue(filter)].filter(Boolean).join(' ');
}

export function describeNode(node: StoredFilterNode): string {
  if (isFilterGroup(node)) return `(${describeGroup(node)})`;
  const editable = editableLeaf(node);
  return editable ? describeFilter(editable) : notEditableText(node);
}

export function describeGroup(group: StoredFilterGroup): string {
  if (group.values.length === 0) return matchEveryException;
  return group.values.map(describeNode).join(group.type === 'AND' ? ' and ' : ' or ');
}

export function summarizeGroup(group: StoredFilterGroup): string {
  if (group.values.length === 0) return `${matchEveryException} (empty group)`;
  const [prefix, joiner] = group.type === 'AND' ? ['All of', ', and '] : ['Any of', ', or '];
  return `${prefix}: ${group.values.map(describeNode).join(joiner)}`;
}
