import { describe, expect, it } from 'vitest';
import { detectKind, isIdNumber, isUscc, normalizeQuery, profileArguments, validateQuery } from './search-kind';

// A real-format USCC of Jinjiang (check character per GB 32100) and a resident ID number (GB 11643).
const USCC = '9135058200000005TL';
const ID = '350582199001010028';

describe('search kind', () => {
  it('accepts codes with a correct check character and refuses one changed character', () => {
    expect(isUscc(USCC)).toBe(true);
    expect(isUscc(USCC.slice(0, 17) + 'M')).toBe(false);
    expect(isUscc(USCC.replace('T', 'I'))).toBe(false); // I is not in the code's alphabet
    expect(isIdNumber(ID)).toBe(true);
    expect(isIdNumber(ID.slice(0, 17) + '9')).toBe(false);
    expect(isIdNumber('35058219900101001')).toBe(false);
  });

  it('detects the kind from what was typed, spaces and case aside', () => {
    expect(detectKind(` ${USCC.toLowerCase()} `)).toBe('USCC');
    expect(detectKind('350582 19900101 0028')).toBe('ID_NUMBER');
    expect(detectKind('鸿福餐饮')).toBe('NAME');
    expect(detectKind(USCC.slice(0, 17) + 'M')).toBe('NAME');
  });

  it('explains in Chinese what is wrong before anything is sent', () => {
    expect(validateQuery('USCC', '')).toBe('请输入查询内容');
    expect(validateQuery('USCC', '913505')).toBe('统一社会信用代码应为 18 位，当前为 6 位');
    expect(validateQuery('USCC', USCC.slice(0, 17) + 'M')).toBe('统一社会信用代码校验位不符，请核对');
    expect(validateQuery('USCC', USCC.toLowerCase())).toBeNull();
    expect(validateQuery('ID_NUMBER', ID.slice(0, 17) + '9')).toBe('身份证号校验位不符，请核对');
    expect(validateQuery('ID_NUMBER', ID)).toBeNull();
    expect(validateQuery('NAME', '鸿')).toBe('名称至少输入 2 个字');
    expect(validateQuery('NAME', ' 鸿福 ')).toBeNull();
  });

  it('sends the argument partyProfile expects for the kind, normalised', () => {
    expect(profileArguments('USCC', ` ${USCC.toLowerCase()}`)).toEqual({ uscc: USCC });
    expect(profileArguments('ID_NUMBER', '35058219900101001x')).toEqual({ idNumber: '35058219900101001X' });
    expect(profileArguments('NAME', ' 青阳 鸿福 ')).toEqual({ name: '青阳 鸿福' });
    expect(normalizeQuery('NAME', ' 晋江 ')).toBe('晋江');
  });
});
