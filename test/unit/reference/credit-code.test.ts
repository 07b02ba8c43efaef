import { describe, expect, it } from 'vitest';
import { exampleEnterprises } from '#infra/local/example-data.ts';
import { checkCharacter, checkCreditCode, creditCodeProblem, normaliseCreditCode } from '#shared/reference/credit-code.ts';

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the worked example 914403001922038216 (weighted sum 831 → check 6)', () => {
    expect(checkCharacter('91440300192203821')).toBe('6');
    expect(checkCreditCode('914403001922038216')).toEqual({ valid: true });
  });

  it('detects every single-character substitution at every position', () => {
    const code = '914403001922038216';
    for (let i = 0; i < 18; i += 1) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        const corrupted = code.slice(0, i) + c + code.slice(i + 1);
        expect(checkCreditCode(corrupted).valid, corrupted).toBe(false);
      }
    }
  });

  it('says why a code fails', () => {
    expect(checkCreditCode('91440300192203821')).toEqual({ valid: false, reason: 'length' });
    expect(checkCreditCode('91440300192203821I')).toEqual({ valid: false, reason: 'character' });
    expect(checkCreditCode('914403001922038217')).toEqual({ valid: false, reason: 'check_character', expected: '6' });
  });

  it('maps a remainder of 0 to check character 0', () => {
    // Find a prefix whose weighted sum is divisible by 31 and check it ends in 0, not in a 32nd character.
    const prefix = [...Array(31).keys()].map((n) => `9144030019220382${alphabet[n]}`).find((p) => checkCharacter(p) === '0');
    expect(prefix).toBeDefined();
  });

  it('ships only valid codes in the example data', () => {
    for (const enterprise of exampleEnterprises) expect(checkCreditCode(enterprise.creditCode), enterprise.name).toEqual({ valid: true });
  });

  it('normalises what people type: spaces, lower case, full-width characters', () => {
    expect(normaliseCreditCode(' 9144 0300 1922 0382 16 ')).toBe('914403001922038216');
    expect(normaliseCreditCode('91360923ma35f2k8xc')).toBe('91360923MA35F2K8XC');
    expect(normaliseCreditCode('９１３６０９２３ＭＡ３５Ｆ２Ｋ８ＸＣ')).toBe('91360923MA35F2K8XC');
  });

  it('names the rule a code breaks', () => {
    expect(creditCodeProblem('914403001922038216')).toBeUndefined();
    expect(creditCodeProblem('91440300192203821')).toBe('a unified social credit code has 18 characters, this has 17');
    expect(creditCodeProblem('91440300192203821I')).toBe('character 18 ("I") is not used in credit codes: only 0-9 and A-Y without I, O, S, V, Z');
    expect(creditCodeProblem('914403001922038217')).toContain('the check character (the 18th) should be 6 by GB 32100, not 7');
  });
});
