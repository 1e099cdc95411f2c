import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: '分页信息 page information' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the last node; pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

/** Bounded forward pagination: `first` is capped so no query can ask for the whole table. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Opaque cursor from a previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** A named GraphQL connection type for `T` (nodes + pageInfo), the shape every list query returns. */
export function Paginated<T>(classRef: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class PaginatedType implements Connection<T> {
    @Field(() => [classRef])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return PaginatedType as unknown as Type<Connection<T>>;
}

export enum SortOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(SortOrder, { name: 'SortOrder', description: "排序 order by the record's date (decision, effect or receipt)" });
