import { Injectable } from '@nestjs/common';
import { DevolvedMatter, DevolvedMatterInput, UnitKind, WhoHandles } from '@hub/shared-schema';
import { InputError, NotFoundError } from '../../common/errors/domain-error';
import { toUnit } from '../units/unit.mapper';
import { UnitsService } from '../units/units.service';
import { DevolvedMatterEntity } from './devolved-matter.entity';
import { MattersRepository } from './matters.repository';

export function toDevolvedMatter(row: DevolvedMatterEntity): DevolvedMatter {
  return {
    code: row.code,
    name: row.name,
    legalBasis: row.legalBasis,
    regulationClass: row.regulationClass,
    sourceDepartmentCode: row.sourceDepartmentCode,
    townshipCodes: (row.townships ?? []).map((t) => t.townshipCode).sort(),
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
  };
}

/** The devolved matter catalog (赋权事项清单) and what follows from it: who holds a penalty power. */
@Injectable()
export class MattersService {
  constructor(
    private readonly matters: MattersRepository,
    private readonly units: UnitsService,
  ) {}

  async findMany(codes: string[]): Promise<Map<string, DevolvedMatterEntity>> {
    const unique = [...new Set(codes.filter(Boolean))];
    return new Map((await this.matters.findMany(unique)).map((m) => [m.code, m]));
  }

  async get(code: string, field = 'matterCode'): Promise<DevolvedMatterEntity> {
    const matter = (await this.findMany([code])).get(code);
    if (!matter) throw new NotFoundError('devolved matter', code, field);
    return matter;
  }

  async list(): Promise<DevolvedMatter[]> {
    return (await this.matters.list()).map(toDevolvedMatter);
  }

  async save(input: DevolvedMatterInput): Promise<DevolvedMatter> {
    const department = await this.units.get(input.sourceDepartmentCode, 'input.sourceDepartmentCode');
    if (department.kind !== UnitKind.DEPARTMENT) throw new InputError('input.sourceDepartmentCode', `${department.code} is not a city department`);
    if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw new InputError('input.effectiveTo', 'must not be before effectiveFrom');
    const { townshipCodes, ...matter } = input;
    await this.matters.save({ ...matter, effectiveTo: matter.effectiveTo ?? null }, [...new Set(townshipCodes)]);
    return toDevolvedMatter(await this.get(input.code, 'input.code'));
  }

  /**
   * §3(1), §2: the township holds the penalty power when the catalog devolves the matter to it;
   * otherwise the source department keeps it.
   */
  async whoHandles(matterCode: string, townshipCode: string): Promise<WhoHandles> {
    const matter = await this.get(matterCode);
    const devolved = (matter.townships ?? []).some((t) => t.townshipCode === townshipCode);
    const unit = await this.units.get(devolved ? townshipCode : matter.sourceDepartmentCode);
    return {
      unit: toUnit(unit),
      devolved,
      matter: toDevolvedMatter(matter),
      reason: devolved
        ? `${matter.name} (${matter.code}) is devolved to ${unit.name} by the catalog`
        : `${matter.name} (${matter.code}) is not devolved to township ${townshipCode}; ${unit.name} keeps the power`,
    };
  }
}
