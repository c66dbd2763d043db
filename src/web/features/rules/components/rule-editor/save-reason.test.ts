import type { FieldError } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
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

  it('counts each filter row control and each other field once', () => {
    const error: FieldError = { type: 'custom', message: 'x' };
    expect(
      countErrors({
        filters: { type: 'filters', values: [undefined, { key: error, value: error }] } as never,
        assignee: error as never,
      }),
    ).toBe(3);
    expect(countErrors({})).toBe(0);
  });
});
