import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from './decorators';
import { IsNotBefore, IsNotBlank, IsPlausibleDate } from './plausibility';

/**
 * Input fields that many inputs share, each declared once: the GraphQL field and its validation together
 * (the filters of record queries are in records/filters.ts).
 */

/** Required text of 1 to `max` characters that is not only blank. */
export const RequiredText = (max: number, description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, description ? { description } : {}),
    IsString(),
    Length(1, max),
    IsNotBlank(),
  );

/** The first day of something (YYYY-MM-DD) that a publisher states: within ten years of today. */
export const StartDate = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, description ? { description } : {}),
    IsCalendarDate(),
    IsPlausibleDate(10),
  );

/** The optional last day (YYYY-MM-DD), within fifty years, never before the field named `start`. */
export const EndDate = (start: string, description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, ...(description ? { description } : {}) }),
    IsOptional(),
    IsCalendarDate(),
    IsPlausibleDate(50),
    IsNotBefore(start),
  );
