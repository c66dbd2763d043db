import { describe, expect, it } from 'vitest';
import { errorsForRow, flattenFilterErrors, groupErrors } from './filter-errors';

describe('flattenFilterErrors', () => {
  it('turns react-hook-form’s nested errors into paths, skipping refs', () => {
    const input = document.createElement('input');
    const nested = {
      message: 'Filters must contain at least one filter value.',
      type: 'custom',
      values: [
        undefined,
        { key: { message: 'A property is required.', type: 'custom', ref: input } },
        { value: { message: 'Enter a number.', type: 'custom', types: { custom: 'Enter a number.' } } },
      ],
    };
    expect(flattenFilterErrors(nested)).toEqual({
      '': 'Filters must contain at least one filter value.',
      'values.1.key': 'A property is required.',
      'values.2.value': 'Enter a number.',
    });
  });

  it('treats a group-level `type` error as a field, not as the error’s own type', () => {
    expect(
      flattenFilterErrors({ type: { message: 'Match type must be "AND" or "OR".', type: 'invalid_value' } }),
    ).toEqual({ type: 'Match type must be "AND" or "OR".' });
    expect(flattenFilterErrors(undefined)).toEqual({});
  });
});

describe('errorsForRow and groupErrors', () => {
  const errors = {
    '': 'Group problem.',
    type: 'Bad type.',
    'values.1.key': 'Key problem.',
    'values.1.value.0': 'First value problem.',
    'values.1.values.0.key': 'Nested problem.',
    'values.10.value': 'Row eleven.',
  };

  it('sorts messages to the control they belong to, by row', () => {
    expect(errorsForRow(errors, 1)).toEqual({
      key: 'Key problem.',
      value: 'First value problem.',
      row: 'Nested problem.',
    });
    expect(errorsForRow(errors, 0)).toEqual({});
    expect(errorsForRow(errors, 10)).toEqual({ value: 'Row eleven.' });
  });

  it('keeps only messages about the group itself', () => {
    expect(groupErrors(errors)).toEqual(['Group problem.', 'Bad type.']);
  });
});
