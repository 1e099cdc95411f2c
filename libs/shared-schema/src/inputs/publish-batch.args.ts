import { Type } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { ValidatedPerRecord } from '../validation/storable-text';

export const MAX_BATCH_SIZE = 1000;

/**
 * The arguments of every batch-publish mutation: up to 1,000 records of one category. The records are
 * deliberately not validated here: the publisher validates each on its own, so a batch keeps its valid
 * records and answers every invalid one with its field.
 */
export function PublishBatchArgs<T>(input: Type<T>): Type<{ records: T[] }> {
  @ArgsType()
  class BatchArgs {
    @Field(() => [input], { description: `Up to ${MAX_BATCH_SIZE} records, each validated and answered on its own.` })
    @ArrayMinSize(1)
    @ArrayMaxSize(MAX_BATCH_SIZE)
    @ValidatedPerRecord()
    records!: T[];
  }
  return BatchArgs;
}
