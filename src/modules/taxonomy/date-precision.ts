import { registerEnumType } from 'type-graphql';

/**
 * How much of a date the source actually states. "October 2025" is stored as the first instant of
 * that month with precision MONTH, so nobody mistakes it for a known day.
 */
export enum DatePrecision {
  MONTH = 'MONTH',
  DAY = 'DAY',
  HALF_DAY = 'HALF_DAY',
  MINUTE = 'MINUTE',
}

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely the source states a date (độ chính xác của thời gian).',
  valuesConfig: {
    MONTH: { description: 'Only the month is known; the value is the first day of it.' },
    DAY: { description: 'Only the day is known; the value is its start in Asia/Ho_Chi_Minh.' },
    HALF_DAY: {
      description: 'Morning or afternoon is known; the value is its start (00:00 or 12:00).',
    },
    MINUTE: { description: 'The time is known to the minute.' },
  },
});
