import { Role } from '@hub/shared-schema';
import { maskField, maskName, maskPhone, maskResidentId, seesAllPersonalData, seesPersonalData } from './personal-data';

describe('personal data policy', () => {
  const idNumber = '350582199001010015';

  it('keeps only the first and last character of an ID number: no region, birth date, sex or sequence', () => {
    expect(maskResidentId(idNumber)).toBe('3****************5');
    expect(maskResidentId(idNumber)).toHaveLength(18);
    expect(maskResidentId('35058219900101001X')).toBe('3****************X');
    expect(maskResidentId('35')).toBe('**');
  });

  it('keeps the last four digits of a phone, two of a short number', () => {
    expect(maskPhone('13905951234')).toBe('*******1234');
    expect(maskPhone('059585671234')).toBe('********1234');
    expect(maskPhone('110')).toBe('*10');
  });

  it('keeps the family name', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('王')).toBe('*');
  });

  it('masks a field by what its name says it holds', () => {
    expect(maskField('partyIdNumber', idNumber)).toBe('3****************5');
    expect(maskField('holderPhone', '13905951234')).toBe('*******1234');
    expect(maskField('reporterName', '钱七')).toBe('钱*');
    expect(maskField('reporterName', null)).toBeNull();
  });

  it('shows in full to supervisors and to the handling units only', () => {
    expect(seesAllPersonalData({ roles: [Role.SUPERVISOR] })).toBe(true);
    expect(seesAllPersonalData({ roles: [Role.ADMIN] })).toBe(false);
    expect(seesPersonalData({ roles: [Role.OFFICER], unitCode: '350582001' }, ['350582001'])).toBe(true);
    expect(seesPersonalData({ roles: [Role.OFFICER], unitCode: '350582101' }, ['350582001'])).toBe(false);
  });
});
