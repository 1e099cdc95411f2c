import { plainToInstance, Type } from 'class-transformer';
import { IsDate, IsOptional, validateSync } from 'class-validator';
import { isStrictDate, parseStrictDateTime } from './date-time';
import { IsCalendarDate } from './decorators';
import {
  IsBegunPeriod,
  IsLatitudeInRange,
  IsLongitudeInRange,
  IsNotBefore,
  IsNotBlank,
  IsPastDate,
  IsPastDateTime,
  IsPlausibleDate,
  validationClock,
} from './plausibility';

class Sample {
  @IsOptional() @IsCalendarDate() @IsPastDate() decisionDate?: string;
  @IsOptional() @IsCalendarDate() validFrom?: string;
  @IsOptional() @IsCalendarDate() @IsPlausibleDate(50) @IsNotBefore('validFrom') validTo?: string;
  @IsOptional() @Type(() => Date) @IsDate() @IsPastDateTime() receivedAt?: Date;
  @IsOptional() @Type(() => Date) @IsDate() @IsPastDateTime() @IsNotBefore('receivedAt') closedAt?: Date;
  @IsOptional() @IsNotBlank() name?: string;
  @IsOptional() @IsLatitudeInRange() latitude?: string;
  @IsOptional() @IsLongitudeInRange() longitude?: string;
  @IsOptional() @IsBegunPeriod() period?: string;
}

/** The properties that failed, for `values` checked on a Sample. */
function failing(values: Record<string, unknown>): string[] {
  return validateSync(plainToInstance(Sample, values)).map((error) => error.property);
}

describe('strict dates and date-times', () => {
  it('refuses calendar days that do not exist instead of rolling them over', () => {
    expect(parseStrictDateTime('2026-04-31T10:00:00Z')).toBeNull();
    expect(parseStrictDateTime('2025-02-29T00:00:00Z')).toBeNull();
    expect(parseStrictDateTime('2026-04-30T24:00:00Z')).toBeNull();
    expect(parseStrictDateTime('2026-04-30T10:00:00')).toBeNull(); // no zone: ambiguous
    expect(parseStrictDateTime('2026-04-30')).toBeNull();
    expect(parseStrictDateTime(1_700_000_000_000)).toBeNull();
    expect(isStrictDate('2024-02-29')).toBe(true);
    expect(isStrictDate('2100-02-29')).toBe(false);
  });

  it('reads a real date-time exactly, zone included', () => {
    expect(parseStrictDateTime('2024-02-29T23:59:59.123+08:00')?.toISOString()).toBe('2024-02-29T15:59:59.123Z');
    expect(parseStrictDateTime('2026-04-30T10:00:00Z')?.toISOString()).toBe('2026-04-30T10:00:00.000Z');
  });
});

describe('plausibility rules', () => {
  const realNow = validationClock.now;
  beforeAll(() => (validationClock.now = () => new Date('2026-06-15T04:00:00Z')));
  afterAll(() => (validationClock.now = realNow));

  it('keeps past facts out of the future and after the floor', () => {
    expect(failing({ decisionDate: '2026-06-15' })).toEqual([]);
    expect(failing({ decisionDate: '2026-06-16' })).toEqual(['decisionDate']);
    expect(failing({ decisionDate: '2099-01-01' })).toEqual(['decisionDate']);
    expect(failing({ decisionDate: '1900-01-01' })).toEqual(['decisionDate']);
    expect(failing({ receivedAt: '2026-06-15T04:04:00Z' })).toEqual([]); // within the clock skew
    expect(failing({ receivedAt: '2026-06-15T05:00:00Z' })).toEqual(['receivedAt']);
    expect(failing({ receivedAt: '9999-12-31T00:00:00Z' })).toEqual(['receivedAt']);
  });

  it('lets a validity end lie ahead, within reason', () => {
    expect(failing({ validTo: '2076-06-15' })).toEqual([]);
    expect(failing({ validTo: '2099-12-31' })).toEqual(['validTo']);
    expect(failing({ validTo: '9999-12-31' })).toEqual(['validTo']);
  });

  it('refuses an end before its start', () => {
    expect(failing({ validFrom: '2026-01-02', validTo: '2026-01-01' })).toEqual(['validTo']);
    expect(failing({ validFrom: '2026-01-01', validTo: '2026-01-01' })).toEqual([]);
    expect(failing({ receivedAt: '2026-05-02T00:00:00Z', closedAt: '2026-05-01T00:00:00Z' })).toEqual(['closedAt']);
    expect(failing({ closedAt: '2026-05-01T00:00:00Z' })).toEqual([]);
  });

  it('refuses names of whitespace or invisible characters alone', () => {
    for (const blank of ['', '   ', '\u3000\t', '\u200B\u200C\u200D\uFEFF', ' \u2060 ']) expect(failing({ name: blank })).toEqual(['name']);
    expect(failing({ name: ' 晋江市青阳华丰五金店 ' })).toEqual([]);
  });

  it('keeps coordinates on the globe and periods begun', () => {
    expect(failing({ latitude: '91', longitude: '-181' })).toEqual(['latitude', 'longitude']);
    expect(failing({ latitude: '-90', longitude: '180' })).toEqual([]);
    expect(failing({ period: '2026-Q2' })).toEqual([]);
    expect(failing({ period: '2026-Q3' })).toEqual(['period']);
    expect(failing({ period: '9999' })).toEqual(['period']);
  });
});
