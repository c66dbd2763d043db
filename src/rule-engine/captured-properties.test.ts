import { describe, expect, it } from 'vitest';
import { capturedProperties } from './captured-properties';
import { evaluate } from './evaluate';
import { grouping, leaf, and } from './rule-builders.test-support';

const rule = grouping('00000000-0000-4000-8000-000000000001', and(leaf('$exception_types', 'exact', 'TypeError')));
const stored = {
  $exception_types: ['TypeError'],
  $exception_fingerprint: 'a1b2c3',
  $exception_proposed_fingerprint: 'a1b2c3',
  $exception_fingerprint_record: [{ type: 'exception', id: 'x' }],
  $exception_issue_id: '0190c4a2-7b1e-7000-8000-00000000abcd',
  $current_url: 'https://app.example/checkout',
};

describe('capturedProperties', () => {
  it('drops what ingestion added, so a grouping rule can win again on a stored event', () => {
    const properties = capturedProperties(stored);
    expect(properties).toEqual({ $exception_types: ['TypeError'], $current_url: 'https://app.example/checkout' });
    const trace = evaluate({ uuid: '', properties }, { grouping: [rule], suppression: [], assignment: [] });
    expect(trace.grouping.source).toBe('rule');
    // Kept as stored, cymbal's own fingerprint would read as the client's and win.
    const asStored = evaluate({ uuid: '', properties: stored }, { grouping: [rule], suppression: [], assignment: [] });
    expect(asStored.grouping.source).toBe('manual');
  });

  it('keeps a fingerprint the client sent, as its record says', () => {
    const manual = {
      ...stored,
      $exception_fingerprint: 'checkout',
      $exception_fingerprint_record: [{ type: 'manual' }],
    };
    expect(capturedProperties(manual)).toEqual({
      $exception_types: ['TypeError'],
      $exception_fingerprint: 'checkout',
      $current_url: 'https://app.example/checkout',
    });
  });
});
