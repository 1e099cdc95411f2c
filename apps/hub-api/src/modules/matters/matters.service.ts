import { Injectable } from '@nestjs/common';
import {
  CatalogFileFormat,
  CatalogImportResult,
  CatalogImportRow,
  DevolvedMatter,
  DevolvedMatterInput,
  findUnstorable,
  UnitKind,
  WhoHandles,
} from '@hub/shared-schema';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { firstFailure } from '../../common/errors/input-validation.pipe';
import { readCatalogFile, regulationClassOf, townshipCodesOf } from './catalog-file';
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
    // §3(1): a matter is devolved from a city department, which keeps supervising it.
    if (department.kind !== UnitKind.DEPARTMENT)
      throw new InputError('input.sourceDepartmentCode', `${department.code} is not a city department`);
    if (input.effectiveTo && input.effectiveTo < input.effectiveFrom)
      throw new InputError('input.effectiveTo', 'must not be before effectiveFrom');
    const { townshipCodes, ...matter } = input;
    await this.matters.save({ ...matter, effectiveTo: matter.effectiveTo ?? null }, [...new Set(townshipCodes)]);
    return toDevolvedMatter(await this.get(input.code, 'input.code'));
  }

  /**
   * Admin import of the catalog from the city's CSV or XLSX: every valid row is saved (a code already
   * in the catalog is replaced), every other row is answered with its field and reason.
   */
  async importCatalog(format: CatalogFileFormat, content: string): Promise<CatalogImportResult> {
    let rows: Awaited<ReturnType<typeof readCatalogFile>>;
    try {
      rows = await readCatalogFile(format, content);
    } catch (error) {
      throw new InputError('content', `could not be read as ${format}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const departments = (await this.units.list({ kinds: [UnitKind.DEPARTMENT], first: 100 })).nodes;
    const departmentCode = (text: string) => departments.find((d) => d.code === text || d.name === text)?.code ?? text;
    const results: CatalogImportRow[] = [];
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      const line = index + 2;
      const input = plainToInstance(DevolvedMatterInput, {
        code: row.code,
        name: row.name,
        legalBasis: row.legalBasis,
        regulationClass: regulationClassOf(row.regulationClass ?? ''),
        sourceDepartmentCode: departmentCode(row.sourceDepartment ?? ''),
        townshipCodes: townshipCodesOf(row.townships ?? ''),
        effectiveFrom: row.effectiveFrom,
        effectiveTo: row.effectiveTo || null,
      });
      // A cell of a decoded workbook can hold what the CSV edge never saw: checked row by row.
      const failure = findUnstorable(row) ?? firstFailure(validateSync(input, { whitelist: true }));
      const reject = (field: string, error: string) => results.push({ row: line, code: row.code || null, field, error });
      if (failure) {
        reject(failure.field, failure.message);
      } else if (seen.has(input.code)) {
        reject('code', 'appears twice in the file');
      } else {
        seen.add(input.code);
        try {
          await this.save(input);
          results.push({ row: line, code: input.code, field: null, error: null });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          reject(error.field?.replace(/^input\./, '') ?? 'row', error.message.replace(/^input\.\w+: /, ''));
        }
      }
    }
    const rejected = results.filter((r) => r.error).length;
    return { imported: results.length - rejected, rejected, rows: results };
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
