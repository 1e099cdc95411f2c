import { isResidentId } from './resident-id';
import { isUscc, usccCheckCharacter } from './uscc';
import { isJinjiangTownshipCode, JINJIANG_TOWNSHIPS } from '../reference/townships';

const SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Codes of real Xiamen companies, as published in business registration records.
const VALID_USCC = ['91350200MA33GULG91', '913502000658928472', '91350200072829926E', '91350200761740855U'];

/** GB 32100's weights are 3^i mod 31: an independent way to the check character. */
function independentCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += SYMBOLS.indexOf(first17[i]) * (3 ** i % 31);
  return SYMBOLS[(31 - (sum % 31)) % 31];
}

function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

describe('USCC', () => {
  it.each(VALID_USCC)('accepts %s', (code) => expect(isUscc(code)).toBe(true));

  it('catches every single-character change of a valid code', () => {
    for (const code of VALID_USCC) {
      for (let position = 0; position < 18; position++) {
        for (const symbol of SYMBOLS) {
          if (symbol === code[position]) continue;
          const changed = code.slice(0, position) + symbol + code.slice(position + 1);
          expect([changed, isUscc(changed)]).toEqual([changed, false]);
        }
      }
    }
  });

  it.each(['', '91350200MA33GULG9', '91350200MA33GULG91X', '91350200ma33gulg91', '91350200MA33GULGI1', 12345])('rejects %p', (value) => {
    expect(isUscc(value)).toBe(false);
  });

  it('computes the same check character as the 3^i mod 31 definition', () => {
    for (const base of ['91350582MA2YH8NE4', '12350582003642474', '5235058200000000A']) {
      expect(usccCheckCharacter(base)).toBe(independentCheck(base));
    }
  });
});

describe('resident ID', () => {
  const valid = residentId('35058219900101123');
  it('accepts a valid number', () => expect(isResidentId(valid)).toBe(true));

  it('catches every single-digit change', () => {
    for (let position = 0; position < 18; position++) {
      for (const symbol of '0123456789X') {
        if (symbol === valid[position] || (position < 17 && symbol === 'X')) continue;
        const changed = valid.slice(0, position) + symbol + valid.slice(position + 1);
        expect([changed, isResidentId(changed)]).toEqual([changed, false]);
      }
    }
  });

  it('rejects an impossible birth date even with a right check digit', () => {
    expect(isResidentId(residentId('35058219901301123'))).toBe(false);
  });
});

describe('township codes', () => {
  it('know the 19 Jinjiang townships and nothing else', () => {
    expect(JINJIANG_TOWNSHIPS).toHaveLength(19);
    expect(isJinjiangTownshipCode('350582001')).toBe(true);
    expect(isJinjiangTownshipCode('350582114')).toBe(true);
    expect(isJinjiangTownshipCode('350582400')).toBe(false); // development zone
    expect(isJinjiangTownshipCode('350581001')).toBe(false);
  });
});
