import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
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

/** The optional note of a workflow step (the reason of a rejection, an extension, a withdrawal …). */
export const StepNote = (description: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    Length(1, 2000),
  );

/** The evidence files named with a workflow step. */
export const StepAttachments = (): PropertyDecorator =>
  applyDecorators(
    Field(() => [ID], { nullable: true, description: 'Evidence files named with the step.' }),
    IsOptional(),
    ArrayMaxSize(50),
    IsUUID('all', { each: true, message: 'must be evidence ids' }),
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

/** An optional list of up to `max` codes (units, workflows, kinds) that narrows a query; any when empty. */
export const CodeListFilter = (max: number, description: string): PropertyDecorator =>
  applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(max),
    IsString({ each: true }),
    MaxLength(40, { each: true }),
  );
