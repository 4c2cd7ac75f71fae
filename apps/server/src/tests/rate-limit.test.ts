import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Real limit (6 sign-in attempts per IP per minute), unlike the other suites which raise it.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ signInPerMinute: 6 });
});
afterAll(async () => t?.close());

const attempt = (remoteAddress: string, headers: Record<string, string> = {}, email = 'someone@example.ru') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    remoteAddress,
    headers,
    payload: { email, password: 'wrong-password-1' },
  });

describe('sign-in rate limit', () => {
  it('allows 6 password checks per IP per minute and refuses the 7th with problem+json 429', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++)
      codes.push((await attempt('203.0.113.7', {}, `user${i}@example.ru`)).statusCode);
    expect(codes.slice(0, 6).every((c) => c === 401)).toBe(true);
    const seventh = await attempt('203.0.113.7', {}, 'user7@example.ru');
    expect(seventh.statusCode).toBe(429);
    expect(seventh.headers['content-type']).toContain('application/problem+json');
    // Another address is not affected.
    expect((await attempt('203.0.113.8')).statusCode).toBe(401);
  });

  it('ignores a spoofed X-Forwarded-For from an untrusted peer', async () => {
    for (let i = 0; i < 6; i++)
      await attempt('198.51.100.1', { 'x-forwarded-for': `10.0.0.${i}` }, `spoof${i}@example.ru`);
    const res = await attempt(
      '198.51.100.1',
      { 'x-forwarded-for': '10.0.0.99', 'x-inohub-client-ip': '10.9.9.9' },
      'spoof9@example.ru',
    );
    expect(res.statusCode).toBe(429);
  });
});
