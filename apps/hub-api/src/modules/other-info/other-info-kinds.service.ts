import { Injectable } from '@nestjs/common';
import { OtherInfoKind, OtherInfoKindInput } from '@hub/shared-schema';
import Ajv, { ValidateFunction } from 'ajv';
import { InputError } from '../../common/errors/domain-error';
import { linearRegExp } from './linear-regexp';
import { OtherInfoKindsRepository } from './other-info-kinds.repository';

/**
 * A fresh validator per use: ajv keeps compiled schemas by $id, and a kind re-declared with the same
 * $id would otherwise be refused. strict: unknown keywords (and formats: `format: regex` included)
 * are refused at declaration, not ignored. Patterns run on a linear-time engine (see linearRegExp).
 */
const newAjv = () => new Ajv({ strict: true, allErrors: false, code: { regExp: linearRegExp } });

/** Declared kinds of other enforcement information and their payload schemas (JSON Schema, via ajv). */
@Injectable()
export class OtherInfoKindsService {
  constructor(private readonly kinds: OtherInfoKindsRepository) {}

  async save(input: OtherInfoKindInput): Promise<OtherInfoKind> {
    try {
      newAjv().compile(input.jsonSchema);
    } catch (error) {
      throw new InputError('input.jsonSchema', `is not a valid JSON Schema: ${error instanceof Error ? error.message : String(error)}`);
    }
    await this.kinds.upsert(input, new Date());
    return input;
  }

  async list(): Promise<OtherInfoKind[]> {
    return (await this.kinds.list()).map(({ code, name, jsonSchema }) => ({ code, name, jsonSchema }));
  }

  /** Compiled validators of every kind, loaded once per published batch. */
  async validators(): Promise<Map<string, ValidateFunction>> {
    const kinds = await this.kinds.all();
    const ajv = newAjv();
    return new Map(kinds.map((kind) => [kind.code, ajv.compile(kind.jsonSchema)]));
  }
}
