// Scalars of the contract: DateTime (ISO 8601 with offset) and Date (calendar date).
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/**
 * graphql-scalars' DateTime, limited to the years both databases store (1 to 9999): PostgreSQL
 * refuses year 0, and an instant it cannot store would be a 500 instead of the caller's mistake.
 */
const storable = (value: unknown) => {
  const year = value instanceof Date ? value.getUTCFullYear() : NaN;
  if (!(year >= 1 && year <= 9999))
    throw new GraphQLError('DateTime must be between the years 1 and 9999.');
  return value;
};
const base = DateTimeResolver.toConfig();
export const DateTime = new GraphQLScalarType({
  ...base,
  parseValue: (value) => storable(base.parseValue!(value)),
  parseLiteral: (ast, variables) => storable(base.parseLiteral!(ast, variables)),
});
export const CalendarDate = DateResolver;
