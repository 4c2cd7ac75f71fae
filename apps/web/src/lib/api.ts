/** A field error from problem+json; `field` is a path such as `body.email`. */
export interface FieldError {
  field: string;
  message: string;
  code?: string;
}

/** A problem+json body: the standard members, and whatever else the server attaches to the error. */
interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  requestId?: string;
  [extra: string]: unknown;
}

/**
 * Any answer that is not 2xx. `status` 0 means the server could not be reached. `extra` keeps the problem's
 * other members as the server sent them (e.g. `zone.eligibility_failed` carries `eligibility`, the results
 * of the check), so that a page need not ask the server again.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[];
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    const { type: _type, title: _title, status: _status, detail: _detail, code, errors, ...extra } = problem;
    this.code = code ?? `http.${status}`;
    this.errors = errors ?? [];
    this.extra = extra;
  }

  /** Worth retrying: the network, rate limits and server faults. */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(
  path: string,
  options: { method?: Method; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal: options.signal,
  };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { ...init.headers, 'content-type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'network' });
  }
  const text = await response.text();
  let payload: unknown = null;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = null;
    }
  }
  if (!response.ok) throw new ApiError(response.status, isObject(payload) ? (payload as Problem) : {});
  return payload as T;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A query string from the set values only: `?q=томск&page=2`. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** A page of a list as every list endpoint answers it. */
export type { Page } from '@inohub/contracts/common';
