import { describe, expect, it } from 'vitest';
import { initialsOf, paletteIndex } from './initials';

describe('initialsOf', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initialsOf('Ada Lovelace')).toBe('AL');
    expect(initialsOf('Tomás de la Herrera')).toBe('TH');
    expect(initialsOf('ángel')).toBe('Á');
    expect(initialsOf('priya.raman@example.com')).toBe('PR');
    expect(initialsOf('  ')).toBe('?');
  });

  it('gives one id one colour, within the palette', () => {
    expect(paletteIndex('user:7', 8)).toBe(paletteIndex('user:7', 8));
    const spread = new Set(Array.from({ length: 50 }, (_, id) => paletteIndex(`user:${id}`, 8)));
    expect(spread.size).toBeGreaterThan(4);
    expect([...spread].every((index) => index >= 0 && index < 8)).toBe(true);
  });
});
