import { Injectable } from '@nestjs/common';
import { UnitKind } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { UnitEntity } from './unit.entity';
import { ReferenceUnit } from './reference-units';
import { Clock } from '../../common/time/clock';

export interface UnitFilter {
  kinds?: UnitKind[];
  nameContains?: string;
}

export type UnitContactPatch = Partial<Pick<UnitEntity, 'contactName' | 'contactPhone' | 'contactDivision'>>;

@Injectable()
export class UnitsRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private get units() {
    return this.tx.manager.getRepository(UnitEntity);
  }

  findByCode(code: string): Promise<UnitEntity | null> {
    return this.units.findOneBy({ code });
  }

  /** Keyset page ordered by code. */
  page(filter: UnitFilter, afterCode: string | null, limit: number): Promise<UnitEntity[]> {
    const query = this.units.createQueryBuilder('u').orderBy('u.code', 'ASC').limit(limit);
    if (filter.kinds?.length) query.andWhere('u.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.nameContains) {
      query.andWhere(`u.name LIKE :name ESCAPE '\\'`, { name: `%${filter.nameContains.replace(/[\\%_]/g, '\\$&')}%` });
    }
    if (afterCode) query.andWhere('u.code > :afterCode', { afterCode });
    return query.getMany();
  }

  /**
   * Idempotent reference seeding: inserts missing units and refreshes names, kinds and parents of
   * existing ones, leaving what units maintain themselves (contact, active) untouched.
   */
  async upsertReference(units: ReferenceUnit[]): Promise<void> {
    for (const unit of units) {
      await this.tx.manager.query(
        `INSERT INTO unit (code, name, kind, parent_code) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,
           updated_at = CASE WHEN (unit.name, unit.kind, unit.parent_code) IS DISTINCT FROM
             (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.parent_code) THEN $5::timestamptz ELSE unit.updated_at END`,
        [unit.code, unit.name, unit.kind, unit.parentCode, this.clock.now()],
      );
    }
  }

  async activeCodes(): Promise<string[]> {
    return (await this.units.find({ where: { active: true }, select: { code: true } })).map((u) => u.code);
  }

  insert(unit: Pick<UnitEntity, 'code' | 'name' | 'kind' | 'parentCode'>): Promise<UnitEntity> {
    return this.units.save(this.units.create({ ...unit, active: true }));
  }

  async update(code: string, patch: UnitContactPatch | Pick<UnitEntity, 'active'>): Promise<void> {
    await this.units.update({ code }, patch);
  }
}
