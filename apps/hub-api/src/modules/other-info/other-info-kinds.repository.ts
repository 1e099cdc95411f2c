import { Injectable } from '@nestjs/common';
// jsonb columns typed as records trip TypeORM's deep-partial type; the values are plain JSON.
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionRunner } from '../../database/transaction-runner';
import { OtherInfoKindEntity } from './other-info-kind.entity';

/** The `other_info_kind` table: declared kinds of other enforcement information. */
@Injectable()
export class OtherInfoKindsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private get kinds() {
    return this.tx.manager.getRepository(OtherInfoKindEntity);
  }

  /** Declares a kind, or re-declares it under the same code; `at` is the Clock's now (created, on first declaration, and updated). */
  async upsert(kind: Pick<OtherInfoKindEntity, 'code' | 'name' | 'jsonSchema'>, at: Date): Promise<void> {
    await this.kinds.upsert({ ...kind, createdAt: at, updatedAt: at } as QueryDeepPartialEntity<OtherInfoKindEntity>, ['code']);
  }

  list(): Promise<OtherInfoKindEntity[]> {
    return this.kinds.find({ order: { code: 'ASC' } });
  }

  all(): Promise<OtherInfoKindEntity[]> {
    return this.kinds.find();
  }
}
