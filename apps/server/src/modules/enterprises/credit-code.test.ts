import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar, isValidCreditCode } from '@kaifaqu/contracts';
import { DemoRandom } from '../../demo/demo-random.js';

const EXAMPLES = ['91110000600037341L', '91350100M000100Y43'];

describe('isValidCreditCode', () => {
  it('accepts the two valid examples of domain.md', () => {
    for (const code of EXAMPLES) expect(isValidCreditCode(code)).toBe(true);
  });

  it('rejects every single-character change of them', () => {
    const alphabet = `${CREDIT_CODE_CHARSET}IOZSVa-`;
    for (const code of EXAMPLES) {
      for (let i = 0; i < code.length; i++) {
        for (const c of alphabet) {
          if (c === code[i]) continue;
          const changed = code.slice(0, i) + c + code.slice(i + 1);
          expect(isValidCreditCode(changed), changed).toBe(false);
        }
      }
    }
  });

  it('rejects wrong lengths and forbidden letters', () => {
    expect(isValidCreditCode('91110000600037341')).toBe(false);
    expect(isValidCreditCode('91110000600037341LL')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });

  it('property: every 17 characters completed with their check character are valid, and every other 18th is not', () => {
    const random = new DemoRandom(4754);
    for (let n = 0; n < 2000; n++) {
      const first17 = Array.from({ length: 17 }, () => random.pick([...CREDIT_CODE_CHARSET])).join('');
      const check = creditCodeCheckChar(first17)!;
      expect(isValidCreditCode(first17 + check)).toBe(true);
      const wrong = CREDIT_CODE_CHARSET[(CREDIT_CODE_CHARSET.indexOf(check) + 1 + random.int(0, 29)) % 31]!;
      expect(isValidCreditCode(first17 + wrong)).toBe(false);
    }
  });

  it('property: swapping two different adjacent characters is caught', () => {
    const random = new DemoRandom(32100);
    let caught = 0;
    let tried = 0;
    for (let n = 0; n < 2000; n++) {
      const first17 = Array.from({ length: 17 }, () => random.pick([...CREDIT_CODE_CHARSET])).join('');
      const code = first17 + creditCodeCheckChar(first17)!;
      const i = random.int(0, 16);
      if (code[i] === code[i + 1]) continue;
      tried++;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      if (!isValidCreditCode(swapped)) caught++;
    }
    // Weights differ at every adjacent pair and 31 is prime, so every such swap changes the sum.
    expect(caught).toBe(tried);
  });
});
