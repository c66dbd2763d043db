import { describe, expect, it } from 'vitest';
import { hogEquals } from './hog-equality';
import { parseHogNum } from './hog-number';
import { hogToString } from './hog-to-string';
import { hogTruthy } from './hog-type';
import { pythonFloatRepr, positionalDecimal } from './number-format';
import { pythonStr } from './python-str';
import { sortableSemver } from './sortable-semver';

describe('hogToString (str)', () => {
  it.each([
    [null, 'null'],
    [true, 'true'],
    [false, 'false'],
    [5, '5'],
    [-12, '-12'],
    [1.5, '1.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [1e21, '1000000000000000000000'],
    [2 ** 60, '1152921504606846976'],
    [2 ** 70, '1180591620717411300000'],
    ['text', 'text'],
    [['a', 1, null, true, ['b']], '[a, 1, null, true, [b]]'],
    [[], '[]'],
    [{ a: 1, b: 'x' }, '{a: 1, b: x}'],
  ])('%j → %s', (value, text) => {
    expect(hogToString(value)).toBe(text);
  });
});

describe('pythonStr (the icontains constant)', () => {
  it.each([
    [true, 'True'],
    [false, 'False'],
    [null, 'None'],
    [5, '5'],
    [1.5, '1.5'],
    [1e-5, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [0.0001, '0.0001'],
    [['a', "it's", 1], `['a', "it's", 1]`],
    ['plain', 'plain'],
  ])('%j → %s', (value, text) => {
    expect(pythonStr(value)).toBe(text);
  });

  it('formats floats as Python repr does', () => {
    expect(pythonFloatRepr(1e16)).toBe('1e+16');
    expect(pythonFloatRepr(123.0)).toBe('123.0');
    expect(positionalDecimal(-0.5)).toBe('-0.5');
  });
});

describe('hogEquals (eq)', () => {
  it.each([
    ['a', 'a', true],
    ['a', 'A', false],
    [5, 5, true],
    [5, '5', true],
    ['5', 5, true],
    [5, '+5', true],
    [5, '5.0', false],
    [5.5, '5.5', true],
    [5, ' 5', false],
    [5, 'five', false],
    [1, true, true],
    [0, false, true],
    [2, true, false],
    ['TRUE', true, true],
    ['yes', true, false],
    ['anything', false, true],
    [null, null, true],
    [null, 'null', false],
    [null, false, false],
    [null, 0, false],
    [['a', 1], ['a', 1], true],
    [['1'], [1], false],
    [['a'], 'a', false],
    [{ a: [1] }, { a: [1] }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
  ])('%j = %j is %s', (a, b, equal) => {
    expect(hogEquals(a, b)).toBe(equal);
  });

  it('parses strings as Rust does: i64 first, then f64', () => {
    expect(parseHogNum('42')).toEqual({ integer: true, value: 42 });
    expect(parseHogNum('1e3')).toEqual({ integer: false, value: 1000 });
    expect(parseHogNum('.5')).toEqual({ integer: false, value: 0.5 });
    expect(parseHogNum('5.')).toEqual({ integer: false, value: 5 });
    expect(parseHogNum('-inf')).toEqual({ integer: false, value: -Infinity });
    expect(parseHogNum('99999999999999999999')).toEqual({ integer: false, value: 1e20 });
    for (const text of ['', ' 1', '0x10', '1_000', 'e5', '.', '1e']) expect(parseHogNum(text)).toBeNull();
  });
});

describe('truthiness and sortableSemver', () => {
  it('false, 0, NaN, "" and null are falsy', () => {
    expect([false, 0, Number.NaN, '', null].map(hogTruthy)).toEqual([false, false, false, false, false]);
    expect([true, 1, 'x', [], {}].map(hogTruthy)).toEqual([true, true, true, true, true]);
  });

  it('takes the first dotted digit run', () => {
    expect(sortableSemver('v1.2.3-beta.4')).toEqual([1, 2, 3]);
    expect(sortableSemver('1.10')).toEqual([1, 10]);
    expect(sortableSemver('7')).toEqual([]);
    expect(sortableSemver(null)).toEqual([]);
    expect(sortableSemver('1.99999999999999999999')).toEqual([1, null]);
  });
});
