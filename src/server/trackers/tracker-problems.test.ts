import { describe, expect, it } from 'vitest';
import { trackerMessage } from './tracker-problems';

describe('trackerMessage', () => {
  it('reads the error shapes of each tracker', () => {
    expect(
      trackerMessage({ message: 'Validation Failed', errors: [{ field: 'title', code: 'missing_field' }] }, '', ''),
    ).toBe('Validation Failed; title missing_field');
    expect(trackerMessage({ message: { title: ['is too long', 'is invalid'] } }, '', '')).toBe(
      'title is too long; title is invalid',
    );
    expect(trackerMessage({ errorMessages: ['Bad JQL'], errors: { summary: 'Required' } }, '', '')).toBe(
      'Bad JQL; summary Required',
    );
    expect(
      trackerMessage(
        [{ message: 'Argument Validation Error', extensions: { userPresentableMessage: 'No team' } }],
        '',
        '',
      ),
    ).toBe('No team');
    expect(trackerMessage(undefined, '<html>\n  Bad   request\n</html>', '')).toBe('<html> Bad request </html>');
  });

  it('redacts the token and keeps at most 300 characters', () => {
    expect(trackerMessage({ message: 'token tok123 is not tok123' }, '', 'tok123')).toBe(
      'token [redacted] is not [redacted]',
    );
    const long = trackerMessage({ message: 'x'.repeat(1000) }, '', 'tok');
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
  });
});
