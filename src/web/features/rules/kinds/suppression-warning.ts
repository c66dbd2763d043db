import { hasFilterValue, isFilterGroup } from '../../../../contract/filters';
import type { StoredFilterGroup } from '../../../../contract/stored-filters';
import { describeFilter } from '../../../components/filter-builder/describe-filters';
import { editableLeaf } from '../../../components/filter-builder/editable-leaf';
import type { RuleFormOutput } from './rule-form-values';
import type { SaveWarning, SaveWarningContext } from './save-warning';

/** The rule's "is set" filters when that is all it has: nearly every exception has the property. */
function onlyIsSet(filters: StoredFilterGroup): string[] | null {
  const described: string[] = [];
  for (const node of filters.values) {
    if (isFilterGroup(node)) return null;
    const leaf = editableLeaf(node);
    if (leaf?.operator !== 'is_set') return null;
    described.push(`“${describeFilter(leaf)}”`);
  }
  return described.length > 0 ? described : null;
}

/** Dropping (a share of) every exception, or all of nearly every one, is asked about before it is saved. */
export function suppressionWarning(
  { filters, samplingPercent = 100 }: RuleFormOutput,
  { environmentName }: SaveWarningContext,
): SaveWarning | null {
  if (!hasFilterValue(filters)) {
    if (samplingPercent <= 0) return null;
    const share =
      samplingPercent >= 100 ? 'every exception' : `${samplingPercent}% of every exception, picked at random,`;
    return {
      title: samplingPercent >= 100 ? 'Drop every exception?' : `Drop ${samplingPercent}% of every exception?`,
      message:
        `This drops ${share} in ${environmentName}: the rule has no filters, so every exception matches, and ` +
        'what it drops never reaches an issue.',
      confirmLabel: 'Save anyway',
    };
  }
  const broad = samplingPercent >= 100 ? onlyIsSet(filters) : null;
  if (broad === null) return null;
  return {
    title: 'Drop almost every exception?',
    message:
      `This drops almost every exception in ${environmentName}: its only ${broad.length === 1 ? 'filter' : 'filters'}, ` +
      `${broad.join(' and ')}, ${broad.length === 1 ? 'holds' : 'hold'} for nearly every exception, and 100% of ` +
      'matches are dropped before they reach an issue.',
    confirmLabel: 'Save anyway',
  };
}
