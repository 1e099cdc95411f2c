import { Injectable } from '@nestjs/common';
import { RecordCategory } from '@hub/shared-schema';
import { RecordCategoryDefinition } from './record-category';
import { SharedRecordEntity } from './shared-record.entity';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDefinition = RecordCategoryDefinition<any, SharedRecordEntity>;

/** The categories the hub holds; each category module registers its definition at start-up. */
@Injectable()
export class RecordCategories {
  private readonly definitions = new Map<RecordCategory, AnyDefinition>();

  register<Input extends { sourceId: string }, Row extends SharedRecordEntity>(definition: RecordCategoryDefinition<Input, Row>): void {
    this.definitions.set(definition.category, definition as unknown as AnyDefinition);
  }

  get(category: RecordCategory): AnyDefinition {
    const definition = this.definitions.get(category);
    if (!definition) throw new Error(`record category ${category} is not registered`);
    return definition;
  }

  entities(): Array<new () => SharedRecordEntity> {
    return [...this.definitions.values()].map((d) => d.entity);
  }
}
