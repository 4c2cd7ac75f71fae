import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from './api.ts';

const problem = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

describe('api', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the members of a problem beyond the standard ones in `extra`', async () => {
    const eligibility = [{ code: 'E6', passed: false }];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        problem(422, {
          type: 'https://inohub.dev/problems/zone/eligibility_failed',
          title: 'The application does not meet the mandatory eligibility rules',
          status: 422,
          detail: 'eligibility.E6: not given',
          code: 'zone.eligibility_failed',
          errors: [{ field: 'eligibility.E6', message: 'not given', code: 'zone.eligibility.E6.fail' }],
          requestId: 'req-1',
          eligibility,
        }),
      ),
    );
    const error = await api('/api/zone/applications/x/actions/submit', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(422);
    expect(e.code).toBe('zone.eligibility_failed');
    expect(e.message).toBe('eligibility.E6: not given');
    expect(e.errors).toHaveLength(1);
    expect(e.extra).toEqual({ requestId: 'req-1', eligibility });
  });

  it('gives an empty `extra` when the answer is not a problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502 })),
    );
    const e = (await api('/api/x').catch((x: unknown) => x)) as ApiError;
    expect(e.code).toBe('http.502');
    expect(e.extra).toEqual({});
    expect(e.isTransient).toBe(true);
  });
});
