/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters = registration authority + entity type + division
 * code (6) + organisation code (9) + check character. The alphabet leaves out I, O, S, V and Z.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck = { valid: true } | { valid: false; reason: 'length' | 'character' | 'check_character'; expected?: string };

/** The position (0-based) of the first character credit codes do not use, or -1. */
export const foreignCharacterAt = (code: string) => [...code].findIndex((c) => !alphabet.includes(c));

/** The check character the first 17 characters call for, or undefined when one of them is not in the alphabet. */
export const checkCharacter = (first17: string): string | undefined => {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = alphabet.indexOf(first17[i] ?? '?');
    if (value < 0) return undefined;
    sum += value * weights[i]!;
  }
  return alphabet[(31 - (sum % 31)) % 31];
};

export const checkCreditCode = (code: string): CreditCodeCheck => {
  if (code.length !== 18) return { valid: false, reason: 'length' };
  if (foreignCharacterAt(code) >= 0) return { valid: false, reason: 'character' };
  const expected = checkCharacter(code.slice(0, 17))!;
  return code[17] === expected ? { valid: true } : { valid: false, reason: 'check_character', expected };
};

/**
 * What people type: spaces, lower case, full-width characters from a Chinese input method (９１３６…).
 * The check and every lookup use the normalised form.
 */
export const normaliseCreditCode = (input: string) => input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** The rule a code breaks, in words a person can act on; undefined when it is valid. */
export const creditCodeProblem = (code: string): string | undefined => {
  const check = checkCreditCode(code);
  if (check.valid) return undefined;
  if (check.reason === 'length') return `a unified social credit code has 18 characters, this has ${code.length}`;
  const at = foreignCharacterAt(code);
  if (check.reason === 'character') return `character ${at + 1} ("${code[at]}") is not used in credit codes: only 0-9 and A-Y without I, O, S, V, Z`;
  return `the check character (the 18th) should be ${check.expected} by GB 32100, not ${code[17]}: a character is mistyped, or the code was issued wrong`;
};
