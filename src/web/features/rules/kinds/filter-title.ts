import { hasFilterValue, isFilterGroup, type PropertyFilter } from '../../../../contract/filters';
import type { StoredFilterGroup, StoredFilterNode } from '../../../../contract/stored-filters';
import { editableLeaf } from '../../../components/filter-builder/editable-leaf';
import { listOf, pairOf } from '../../../components/filter-builder/filter-values';
import { operatorLabels, valueKindOf } from '../../../components/filter-builder/operators';
import { propertyLabel } from '../../../components/filter-builder/properties';

export const everyException = 'Every exception';

const maxValue = 24;
const maxTitle = 64;

/** `text` cut to `max` characters, the cut marked with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const negated = new Set(['is_not', 'not_icontains', 'not_regex', 'not_in', 'not_between']);

/** Subjects (what was thrown) lead, places (where) follow, anything else comes last. */
type Phrase = { text: string; rank: 0 | 1 | 2 };

function valuesText(filter: PropertyFilter, quoted: boolean): string {
  const shown = (value: unknown) => (quoted ? `“${clip(String(value), maxValue)}”` : clip(String(value), maxValue));
  if (valueKindOf(filter.operator) === 'pair') {
    const [low, high] = pairOf(filter.value);
    return `${shown(low)}–${shown(high)}`;
  }
  const values = listOf(filter.value);
  if (values.length <= 2) return values.map(shown).join(' or ');
  return `${shown(values[0])}, ${shown(values[1])} or ${values.length - 2} more`;
}

const places: Record<string, string> = {
  $current_url: 'on',
  $exception_sources: 'in',
  $exception_functions: 'in',
};

function leafPhrase(filter: PropertyFilter): Phrase {
  const label = propertyLabel(filter.key);
  if (valueKindOf(filter.operator) === 'none') return { text: `${label} ${operatorLabels[filter.operator]}`, rank: 2 };
  if (valueKindOf(filter.operator) !== 'pair' && listOf(filter.value).length === 0) {
    return { text: `${label} ${operatorLabels[filter.operator]}`, rank: 2 };
  }
  const not = negated.has(filter.operator) ? 'not ' : '';
  if (filter.key === '$exception_types') return { text: `${not}${valuesText(filter, false)}`, rank: 0 };
  if (filter.key === '$exception_values') return { text: `${not}${valuesText(filter, true)}`, rank: 0 };
  const place = places[filter.key];
  if (place) return { text: `${not}${place} ${valuesText(filter, false)}`, rank: 1 };
  return { text: `${label} ${operatorLabels[filter.operator]} ${valuesText(filter, false)}`, rank: 2 };
}

function nodePhrase(node: StoredFilterNode): Phrase {
  if (isFilterGroup(node)) {
    const inner = groupPhrases(node);
    const text = joinPhrases(inner, node.type);
    return { text: inner.length > 1 ? `(${text})` : text, rank: 0 };
  }
  const editable = editableLeaf(node);
  return editable ? leafPhrase(editable) : { text: 'a custom filter', rank: 2 };
}

function groupPhrases(group: StoredFilterGroup): Phrase[] {
  return group.values.map(nodePhrase).sort((a, b) => a.rank - b.rank);
}

function joinPhrases(phrases: readonly Phrase[], type: StoredFilterGroup['type']): string {
  return phrases
    .map((phrase, index) => {
      if (index === 0) return phrase.text;
      if (type === 'OR') return ` or ${phrase.text}`;
      return phrase.rank === 2 ? `, ${phrase.text}` : ` ${phrase.text}`;
    })
    .join('');
}

/**
 * What a rule's filters catch, in a few words: "TypeError or RangeError on /checkout", "“Maximum call stack”";
 * "Every exception" without a filter. Long values and long titles are cut.
 */
export function filterTitle(group: StoredFilterGroup): string {
  if (!hasFilterValue(group)) return everyException;
  return clip(joinPhrases(groupPhrases(group), group.type), maxTitle);
}
