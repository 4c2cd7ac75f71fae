import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.ts';

describe('configuration', () => {
  it('has working defaults for the two-command start', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', SIGNIN_RATE_LIMIT: 6 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://x'],
    ['SMTP_URL', 'http://mail'],
    ['PUBLIC_URL', 'not a url'],
    ['SESSION_SECRET', 'short'],
    ['INOHUB_DEMO', 'maybe'],
  ])('stops on a bad %s and names it', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(EnvError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('treats an empty DATABASE_URL as absent (embedded mode)', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('requires SESSION_SECRET in production with PostgreSQL', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://h/db' })).toThrow(
      /SESSION_SECRET/,
    );
  });

  it('is frozen', () => {
    expect(Object.isFrozen(parseEnv({}))).toBe(true);
  });
});
