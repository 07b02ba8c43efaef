import { describe, expect, it } from 'vitest';
import { bodyInt } from '#shared/http/numbers.ts';

describe('whole numbers in request bodies', () => {
  const version = bodyInt({ min: 1 });
  it('takes a JSON number, or the digits a form sends', () => {
    expect(version.parse(2)).toBe(2);
    expect(version.parse('2')).toBe(2);
    expect(version.parse(' 12 ')).toBe(12);
  });

  it('coerces nothing else: booleans, arrays, empty or decimal strings are refused', () => {
    for (const lax of [true, false, [2], '', '2.5', '2e3', null, {}, 2.5, 0, '0x10']) expect(version.safeParse(lax).success, JSON.stringify(lax)).toBe(false);
  });
});
