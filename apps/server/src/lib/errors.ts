/**
 * One error type for the whole server. A code is namespaced (`zone.lease_overlaps`); its HTTP
 * status comes from the kind, so a service never thinks about HTTP.
 */
export type ErrorKind =
  | 'invalid' // 400: the input is wrong
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409: state or uniqueness forbids it
  | 'gone' // 410
  | 'too_large' // 413
  | 'uri_too_long' // 414
  | 'unsupported_media_type' // 415
  | 'unprocessable' // 422: valid shape, but a business rule refuses it
  | 'rate_limited' // 429
  | 'unavailable' // 503
  | 'internal'; // 500

export const statusOfKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export interface FieldError {
  /** JSON pointer-ish dotted path to the field, e.g. `body.inn` or `rows.12.email`. */
  field: string;
  message: string;
  code?: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
    status?: number,
  ) {
    super(message);
    this.status = status ?? statusOfKind[kind];
  }
}

export const notFound = (what: string, code = `${what}.not_found`) =>
  new AppError('not_found', code, `${what} not found`);

export const forbidden = (message = 'You are not allowed to do this', code = 'auth.forbidden') =>
  new AppError('forbidden', code, message);

export const invalid = (field: string, message: string, code = 'validation.invalid') =>
  new AppError('invalid', code, message, [{ field, message, code }]);

export const conflict = (code: string, message: string, errors: FieldError[] = []) =>
  new AppError('conflict', code, message, errors);

export const unprocessable = (code: string, message: string, errors: FieldError[] = []) =>
  new AppError('unprocessable', code, message, errors);

/** PostgreSQL error codes we translate rather than letting them become 500s. */
export function fromDatabaseError(err: unknown): AppError | null {
  const e = err as {
    code?: string;
    constraint?: string;
    constraint_name?: string;
    column?: string;
    detail?: string;
    cause?: unknown;
  };
  const source = e?.code ? e : (e?.cause as typeof e | undefined);
  if (!source?.code) return null;
  const constraint = source.constraint ?? source.constraint_name ?? 'constraint';
  // The server reports the column for some errors (not-null); then the problem names it.
  const onColumn = (message: string, code: string): FieldError[] =>
    source.column ? [{ field: `body.${source.column}`, message, code }] : [];
  switch (source.code) {
    case '23505':
      return new AppError(
        'conflict',
        'db.unique_violation',
        'A record with these values already exists',
        [],
        {
          constraint,
        },
      );
    case '23P01':
      return new AppError('conflict', 'db.exclusion_violation', 'This overlaps an existing record', [], {
        constraint,
      });
    case '23503':
      return new AppError(
        'conflict',
        'db.foreign_key_violation',
        'A referenced record does not exist or is in use',
        [],
        {
          constraint,
        },
      );
    case '23514':
      return new AppError(
        'invalid',
        'db.check_violation',
        'A value is outside its allowed range',
        onColumn('is outside its allowed range', 'check_violation'),
        { constraint },
      );
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new AppError(
        'invalid',
        'db.invalid_value',
        'A value has the wrong format or is out of range',
        onColumn('has the wrong format or is out of range', 'invalid_value'),
      );
    case '40001':
    case '40P01':
      return new AppError(
        'conflict',
        'db.serialization_failure',
        'A concurrent change got in the way; try again',
      );
    default:
      return null;
  }
}
