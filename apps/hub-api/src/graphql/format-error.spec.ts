import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { GraphQLError } from 'graphql';
import { InputError, NotFoundError, RateLimitedError } from '../common/errors/domain-error';
import { createErrorFormatter } from './format-error';

describe('GraphQL error formatter', () => {
  const logged: string[] = [];
  const format = createErrorFormatter({ error: (_, message) => logged.push(message) });
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });
  const base = { message: 'm', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] } };

  beforeEach(() => logged.splice(0));

  it('keeps the code and field of a domain error', () => {
    expect(format(base, wrap(new InputError('input.unitCode', 'is bad')))).toEqual({
      message: 'input.unitCode: is bad',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'input.unitCode' },
    });
    expect(format(base, wrap(new NotFoundError('unit', 'u1'))).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it("puts a rate limit's reset time beside its code and field", () => {
    const refused = new RateLimitedError('身份证号查询次数已用完 quota used up', {
      field: 'partyIdNumber',
      resetsAt: new Date('2026-03-01T10:00:00Z'),
    });
    expect(format(base, wrap(refused)).extensions).toEqual({
      code: 'RATE_LIMITED',
      field: 'partyIdNumber',
      resetsAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('adds what a domain error tells beside its code, e.g. when to retry', () => {
    expect(format(base, wrap(new RateLimitedError('wait', { retryAfterSeconds: 4 }))).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 4,
    });
  });

  it.each([
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    new Error('Connection terminated unexpectedly'),
    new QueryRunnerAlreadyReleasedError(),
  ])('answers UNAVAILABLE when the database cannot be reached: %s', (error) => {
    const formatted = format(base, wrap(error));
    expect(formatted.extensions).toEqual({ code: 'UNAVAILABLE' });
    expect(formatted.message).not.toContain('5432');
  });

  it('answers CONFLICT for a unique violation that slipped past the service checks', () => {
    expect(format(base, wrap(Object.assign(new Error('duplicate key value'), { code: '23505' }))).extensions).toEqual({ code: 'CONFLICT' });
  });

  it('names the field at fault when a variable fails its type', () => {
    const coercion = (message: string) => format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message)).extensions;
    expect(
      coercion('Variable "$records" got invalid value "NOPE" at "records[3].kind"; Value "NOPE" does not exist in "LicensingKind" enum.'),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'records[3].kind',
    });
    expect(coercion('Variable "$input" of required type "LicensingDecisionInput!" was not provided.')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input',
    });
    expect(coercion('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('keeps the codes graphql-js and Apollo give, without anything else', () => {
    const formatted = format(
      { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['...'] } },
      new GraphQLError('v'),
    );
    expect(formatted).toEqual({
      message: 'Cannot query field "x"',
      path: undefined,
      locations: undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('hides an unexpected error behind a generic message and logs it', () => {
    const formatted = format(base, wrap(new TypeError("Cannot read properties of undefined (reading 'secret')")));
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toHaveLength(1);
  });
});
