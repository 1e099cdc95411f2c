import { Injectable } from '@nestjs/common';
import { OtherInfoKind, OtherInfoKindInput } from '@hub/shared-schema';
import Ajv, { ValidateFunction } from 'ajv';
import { InputError } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { linearRegExp } from './linear-regexp';
import { OtherInfoKindEntity } from './other-info-kind.entity';
import { Clock } from '../../common/time/clock';
// jsonb columns typed as records trip TypeORM's deep-partial type; the values are plain JSON.
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * A fresh validator per use: ajv keeps compiled schemas by $id, and a kind re-declared with the same
 * $id would otherwise be refused. strict: unknown keywords (and formats: `format: regex` included)
 * are refused at declaration, not ignored. Patterns run on a linear-time engine (see linearRegExp).
 */
const newAjv = () => new Ajv({ strict: true, allErrors: false, code: { regExp: linearRegExp } });

/** Declared kinds of other enforcement information and their payload schemas (JSON Schema, via ajv). */
@Injectable()
export class OtherInfoKindsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private get kinds() {
    return this.tx.manager.getRepository(OtherInfoKindEntity);
  }

  async save(input: OtherInfoKindInput): Promise<OtherInfoKind> {
    try {
      newAjv().compile(input.jsonSchema);
    } catch (error) {
      throw new InputError('input.jsonSchema', `is not a valid JSON Schema: ${error instanceof Error ? error.message : String(error)}`);
    }
    await this.kinds.upsert({ ...input, updatedAt: this.clock.now() } as QueryDeepPartialEntity<OtherInfoKindEntity>, ['code']);
    return input;
  }

  async list(): Promise<OtherInfoKind[]> {
    return (await this.kinds.find({ order: { code: 'ASC' } })).map(({ code, name, jsonSchema }) => ({ code, name, jsonSchema }));
  }

  /** Compiled validators of every kind, loaded once per published batch. */
  async validators(): Promise<Map<string, ValidateFunction>> {
    const kinds = await this.kinds.find();
    const ajv = newAjv();
    return new Map(kinds.map((kind) => [kind.code, ajv.compile(kind.jsonSchema)]));
  }
}
