import { describe, expect, it } from 'vitest';
import { deriveExceptionProperties } from './index';
import type { Json } from './types';

describe('deriveExceptionProperties', () => {
  const list: Json[] = [
    {
      type: 'TypeError',
      value: 'boom',
      mechanism: { handled: true },
      stacktrace: {
        frames: [
          { function: 'render', filename: 'app.js' },
          { resolved_name: 'real', function: 'min', source: 'src.ts', filename: 'min.js', in_app: true },
          { function: 'lib', filename: 'vendor.js', in_app: false },
          { function: '', filename: '' },
        ],
      },
    },
    { type: 'TypeError', value: '' },
    { type: 'Inner', value: 'why' },
  ];

  it('computes the arrays in first-seen order, unique, without empty strings or library frames', () => {
    expect(deriveExceptionProperties({ $exception_list: list })).toEqual({
      $exception_list: list,
      $exception_types: ['TypeError', 'Inner'],
      $exception_values: ['boom', 'why'],
      $exception_sources: ['app.js', 'src.ts'],
      $exception_functions: ['render', 'real'],
      $exception_handled: true,
    });
  });

  it('keeps what the event already carries', () => {
    const derived = deriveExceptionProperties({
      $exception_list: list,
      $exception_types: ['Stored'],
      $exception_handled: false,
    });
    expect(derived.$exception_types).toEqual(['Stored']);
    expect(derived.$exception_handled).toBe(false);
    expect(derived.$exception_values).toEqual(['boom', 'why']);
  });

  it('derives nothing without a list, and reads handled as false when unset', () => {
    expect(deriveExceptionProperties({ a: 1 })).toEqual({ a: 1 });
    expect(deriveExceptionProperties({ $exception_list: [{ type: 'E' }] }).$exception_handled).toBe(false);
  });
});
