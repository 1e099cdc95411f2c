import { parseStrictDateTime } from '@hub/shared-schema';
import { GraphQLScalarType, Kind } from 'graphql';

const INVALID = () => new Date(Number.NaN);

/**
 * The `DateTime` scalar, parsed strictly: RFC 3339 with a zone, on a calendar day that exists
 * (`2026-04-31T10:00:00Z` is not 1 May). Same name and description as Nest's own, so the schema is
 * unchanged. A malformed value becomes an invalid Date rather than an error here, exactly as Nest's
 * scalar does with garbage, so that the field's `@IsDate` refuses it — in a batch, for that record alone.
 */
export const StrictDateTime = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: (value) => parseStrictDateTime(value) ?? INVALID(),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? (parseStrictDateTime(ast.value) ?? INVALID()) : null),
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});
