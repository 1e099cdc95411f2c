import { describe, expect, it } from 'vitest';
import {
  ACTION_ITEM_STATE,
  ASSISTANCE_KIND,
  ASSISTANCE_STATE,
  COMPLAINT_OUTCOME,
  COMPLAINT_STATUS,
  enumName,
  LICENCE_STATUS,
  PERMIT_REASON,
  TRANSFER_MATERIAL_KIND,
  TRANSFER_SITUATION,
  TRANSFER_STATE,
} from './enums';

describe('enum names', () => {
  it('names every code in Chinese, none left as its code', () => {
    for (const names of [
      LICENCE_STATUS,
      PERMIT_REASON,
      COMPLAINT_STATUS,
      TRANSFER_STATE,
      TRANSFER_SITUATION,
      TRANSFER_MATERIAL_KIND,
      COMPLAINT_OUTCOME,
      ASSISTANCE_KIND,
      ASSISTANCE_STATE,
      ACTION_ITEM_STATE,
    ]) {
      for (const [code, name] of Object.entries(names)) {
        expect(name).not.toBe(code);
        expect(name).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(enumName(LICENCE_STATUS, 'REVOKED')).toBe('已撤销');
    expect(enumName(TRANSFER_STATE, 'SUBMITTED')).toBe('待审批');
  });

  it('shows a code the console does not know yet as unknown, and a missing one as a dash', () => {
    expect(enumName(LICENCE_STATUS, 'ANNULLED')).toBe('未知（ANNULLED）');
    expect(enumName(LICENCE_STATUS, null)).toBe('—');
  });
});
