/**
 * Whole numbers with thousands separators. English, Japanese and Korean all group by three
 * with a comma, so one function serves them, without creating an Intl formatter at start-up.
 */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return sign + out;
}
