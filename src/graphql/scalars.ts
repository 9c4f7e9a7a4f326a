// Scalars of the contract: DateTime (ISO 8601 with offset) and Date (calendar date).
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

export const DateTime = DateTimeResolver;
export const CalendarDate = DateResolver;
