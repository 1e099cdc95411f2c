import { Injectable } from '@nestjs/common';
import { Connection, CreateUnitInput, SetUnitActiveInput, Unit, UnitsArgs, UpdateUnitContactInput } from '@hub/shared-schema';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { ChangeNotifications } from '../../database/change-notifications';
import { TransactionRunner } from '../../database/transaction-runner';
import { referenceUnits } from './reference-units';
import { toUnit } from './unit.mapper';
import { UnitEntity } from './unit.entity';
import { UnitErrors } from './units.errors';
import { UnitContactPatch, UnitsRepository } from './units.repository';

@Injectable()
export class UnitsService {
  constructor(
    private readonly units: UnitsRepository,
    private readonly tx: TransactionRunner,
    private readonly changes: ChangeNotifications,
  ) {}

  findByCode(code: string): Promise<UnitEntity | null> {
    return this.units.findByCode(code);
  }

  /** The unit, or NOT_FOUND naming `field` as the argument at fault. */
  async get(code: string, field = 'code'): Promise<UnitEntity> {
    const unit = await this.units.findByCode(code);
    if (!unit) throw UnitErrors.notFound(code, field);
    return unit;
  }

  /** As `get`, and the unit must be active to be given new credentials or data. */
  async getActive(code: string, field: string): Promise<UnitEntity> {
    const unit = await this.get(code, field);
    if (!unit.active) throw UnitErrors.deactivated(code, field);
    return unit;
  }

  async list(args: UnitsArgs): Promise<Connection<Unit>> {
    const after = args.after ? decodeCursor(args.after, 'after') : null;
    const rows = await this.units.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (row) => row.code, toUnit);
  }

  async create(input: CreateUnitInput): Promise<Unit> {
    if (await this.units.findByCode(input.code)) throw UnitErrors.codeTaken(input.code);
    if (input.parentCode) await this.get(input.parentCode, 'input.parentCode');
    return toUnit(await this.units.insert({ code: input.code, name: input.name, kind: input.kind, parentCode: input.parentCode ?? null }));
  }

  /** §4(3)1: fields left out keep their value; null clears one. */
  async updateContact(input: UpdateUnitContactInput): Promise<Unit> {
    await this.get(input.unitCode, 'input.unitCode');
    const patch: UnitContactPatch = {};
    if (input.name !== undefined) patch.contactName = input.name;
    if (input.phone !== undefined) patch.contactPhone = input.phone;
    if (input.division !== undefined) patch.contactDivision = input.division;
    if (Object.keys(patch).length) await this.units.update(input.unitCode, patch);
    return toUnit(await this.get(input.unitCode));
  }

  async setActive(input: SetUnitActiveInput): Promise<Unit> {
    await this.get(input.unitCode, 'input.unitCode');
    await this.units.update(input.unitCode, { active: input.active });
    // Cached API keys carry their unit: this process drops them on commit, others on PostgreSQL's notification.
    this.tx.afterCommit(() => this.changes.changedHere('credentials'));
    return toUnit(await this.get(input.unitCode));
  }

  async activeCodes(): Promise<Set<string>> {
    return new Set(await this.units.activeCodes());
  }

  /** Idempotent: run at every start. */
  seedReferenceUnits(): Promise<void> {
    return this.units.upsertReference(referenceUnits());
  }
}
