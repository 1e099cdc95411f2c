import { Unit } from '@hub/shared-schema';
import { UnitEntity } from './unit.entity';

export function toUnit(row: UnitEntity): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentCode: row.parentCode,
    contact: { name: row.contactName, phone: row.contactPhone, division: row.contactDivision },
    active: row.active,
  };
}
