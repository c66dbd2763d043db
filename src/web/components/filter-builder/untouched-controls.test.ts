import { describe, expect, it } from 'vitest';
import { afterRemoval, childPath, controlPaths, hideUntouched } from './untouched-controls';

describe('untouched controls', () => {
  it('names a row’s controls by their error paths, at the top level and in a group', () => {
    expect(controlPaths(childPath('', 2))).toEqual(['values.2.key', 'values.2.operator', 'values.2.value']);
    expect(controlPaths(childPath('values.1', 0))[0]).toBe('values.1.values.0.key');
  });

  it('hides the messages of untouched controls, and messages below them', () => {
    const errors = { '': 'Group.', 'values.0.key': 'Key.', 'values.0.value.3': 'Fourth.', 'values.1.key': 'Other.' };
    expect(hideUntouched(errors, new Set(['values.0.key', 'values.0.value']))).toEqual({
      '': 'Group.',
      'values.1.key': 'Other.',
    });
    expect(hideUntouched(errors, new Set())).toBe(errors);
  });

  it('moves later rows up after a removal, in the group it happened in only', () => {
    const untouched = new Set(['values.0.key', 'values.2.key', 'values.3.values.1.value', 'values.3.values.0.key']);
    expect([...afterRemoval(untouched, '', 2)]).toEqual([
      'values.0.key',
      'values.2.values.1.value',
      'values.2.values.0.key',
    ]);
    expect([...afterRemoval(untouched, 'values.3', 0)]).toEqual([
      'values.0.key',
      'values.2.key',
      'values.3.values.0.value',
    ]);
  });
});
