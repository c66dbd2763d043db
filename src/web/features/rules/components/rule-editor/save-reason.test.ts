import type { FieldError } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { noUntouchedControls } from '../../../../components/filter-builder';
import { countErrors, saveBlockedReason } from './save-reason';

const state = { isValid: true, isDirty: true, errorCount: 0, editing: true, reenables: false };

describe('saveBlockedReason', () => {
  it('counts the errors on screen, or points at required fields nobody has touched yet', () => {
    expect(saveBlockedReason({ ...state, isValid: false, errorCount: 2 })).toBe('Fix 2 errors to save');
    expect(saveBlockedReason({ ...state, isValid: false, errorCount: 1 })).toBe('Fix 1 error to save');
    expect(saveBlockedReason({ ...state, isValid: false, isDirty: false })).toBe('Fill in the required fields to save');
  });

  it('wants a change before saving an edit, unless saving re-enables a disabled rule', () => {
    expect(saveBlockedReason({ ...state, isDirty: false })).toBe('No changes to save');
    expect(saveBlockedReason({ ...state, isDirty: false, reenables: true })).toBeNull();
    expect(saveBlockedReason({ ...state, isDirty: false, editing: false })).toBeNull();
    expect(saveBlockedReason(state)).toBeNull();
  });

  const error: FieldError = { type: 'custom', message: 'x' };
  const errors = {
    filters: { type: 'filters', values: [undefined, { key: error, value: error }] } as never,
    assignee: error as never,
  };

  it('counts each filter row control and each other field once', () => {
    expect(countErrors(errors, noUntouchedControls)).toBe(3);
    expect(countErrors({}, noUntouchedControls)).toBe(0);
  });

  it('leaves out the messages a new filter row still holds back', () => {
    expect(countErrors(errors, new Set(['values.1.value', 'values.1.operator']))).toBe(2);
    expect(countErrors(errors, new Set(['values.1.key', 'values.1.value']))).toBe(1);
  });
});
