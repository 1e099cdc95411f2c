import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Matches } from 'class-validator';
import { PageArgs, SortOrder } from '../pagination/connection';
import { IsCalendarDate, IsTownshipCode } from '../validation/decorators';
import { IsNotBefore } from '../validation/plausibility';
import { MATTER_CODE_PATTERN } from './patterns';

/**
 * The filters record queries share, each declared once: the GraphQL argument and its validation together.
 * A category's args class names its own fields (`decidedFrom`, `receivedFrom` …) and says what they mean.
 */

/** A township the record concerns (9-digit township code). */
export const TownshipCodeFilter = (): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true }),
    IsOptional(),
    IsTownshipCode(),
  );

/** A devolved matter of the catalog. */
export const MatterCodeFilter = (): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true }),
    IsOptional(),
    Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' }),
  );

/** A calendar date (YYYY-MM-DD) bounding a range; `notBefore` names the range's other end. */
export const DateFilter = (description: string, notBefore?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsCalendarDate(),
    ...(notBefore ? [IsNotBefore(notBefore)] : []),
  );

/** Newest first unless asked otherwise; `description` says by which date. */
export const SortFilter = (description: string): PropertyDecorator =>
  applyDecorators(
    Field(() => SortOrder, { defaultValue: SortOrder.NEWEST_FIRST, description }),
    IsEnum(SortOrder),
  );

/** Records the publisher revoked stay out unless asked for. */
export const IncludeRevokedFilter = (description?: string): PropertyDecorator =>
  applyDecorators(Field({ defaultValue: false, ...(description ? { description } : {}) }), IsBoolean());

/** Place and matter: the filters every township-and-matter record query (decisions, complaints) shares. */
@ArgsType()
export class PlaceAndMatterArgs extends PageArgs {
  @TownshipCodeFilter()
  townshipCode?: string;

  @MatterCodeFilter()
  matterCode?: string;
}
