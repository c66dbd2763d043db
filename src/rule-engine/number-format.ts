/** The shortest round-trip digits of a finite, non-zero number and its decimal exponent: 0.0015 → "15", -3. */
function shortestDigits(value: number): { negative: boolean; digits: string; exponent: number } {
  const [mantissa = '', exponent = '0'] = Math.abs(value).toExponential().split('e');
  return { negative: value < 0, digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

/** Positional notation of the shortest round-trip digits, never an exponent: Rust's `{}` for f64. */
export function positionalDecimal(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const { negative, digits, exponent } = shortestDigits(value);
  const point = exponent + 1;
  let text: string;
  if (point <= 0) text = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${text}` : text;
}

/** Python's `repr(float)`: positional between 1e-4 and 1e16, otherwise `1.5e-05`; integral floats end in ".0". */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const { negative, digits, exponent } = shortestDigits(value);
  if (exponent < -4 || exponent >= 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const sign = exponent < 0 ? '-' : '+';
    return `${negative ? '-' : ''}${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const text = positionalDecimal(value);
  return text.includes('.') ? text : `${text}.0`;
}
