/**
 * A number as HogVM holds it. serde_json keeps integers that fit an i64 apart from floats, and `Num` derives
 * PartialEq, so `Integer(5) != Float(5.0)`. JSON.parse cannot tell `5` from `5.0`: an integer-valued number in
 * i64 range is taken as an Integer (the accepted gap of spec 10.5's numbers note).
 */
export type HogNum = { integer: boolean; value: number };

const i64Bound = 2 ** 63;

export const hogNumOf = (value: number): HogNum => ({
  integer: Number.isInteger(value) && value >= -i64Bound && value < i64Bound,
  value,
});

const rustInteger = /^[+-]?[0-9]+$/;
// Rust's f64 FromStr: no whitespace, no underscores, no hex; "1." and ".5" are fine, "inf"/"nan" in any case.
const rustFloat = /^[+-]?(?:inf|infinity|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$/i;

/** `Num::from_str`: an i64 if it parses as one, else an f64, else nothing. */
export function parseHogNum(text: string): HogNum | null {
  if (rustInteger.test(text)) {
    const big = BigInt(text);
    if (big >= -(2n ** 63n) && big < 2n ** 63n) return { integer: true, value: Number(big) };
  }
  if (!rustFloat.test(text)) return null;
  const lower = text.toLowerCase().replace(/^\+/, '');
  const sign = lower.startsWith('-') ? -1 : 1;
  const unsigned = lower.replace(/^-/, '');
  if (unsigned === 'nan') return { integer: false, value: Number.NaN };
  if (unsigned === 'inf' || unsigned === 'infinity') return { integer: false, value: sign * Infinity };
  return { integer: false, value: Number(lower) };
}

export const hogNumEquals = (a: HogNum, b: HogNum): boolean => a.integer === b.integer && a.value === b.value;
