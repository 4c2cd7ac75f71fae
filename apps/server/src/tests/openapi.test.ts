import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIdOf } from '../lib/http/openapi.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// The API contract as clients generate code from it: /api/openapi.json passes Redocly's
// recommended ruleset with no errors, and says for each operation how to call it and how it fails.

type Operation = {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in: string }>;
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

let t: TestApp;
let source: string;
let operations: Array<{ key: string; op: Operation }>;

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  source = res.body;
  const doc = JSON.parse(source) as { paths: Record<string, Record<string, Operation>> };
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );
});
afterAll(async () => t.close());

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended ruleset with 0 errors", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
    expect(errors).toEqual([]);
  });

  it('gives every operation a unique operationId', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(operations.length).toBeGreaterThan(100);
  });

  it('lists the session cookie on every signed-in operation and an empty security on public ones', async () => {
    const policyOf = new Map(
      t.app.routePolicies.map((p) => [`${p.method} ${p.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`, p.access]),
    );
    for (const { key, op } of operations) {
      const access = policyOf.get(key);
      expect(access, key).toBeDefined();
      expect(op.security, key).toEqual(access?.kind === 'public' ? [] : [{ session: [] }]);
    }
  });

  it('documents the problem responses of operations with a body or a path parameter', () => {
    for (const { key, op } of operations) {
      const hasPath = (op.parameters ?? []).some((p) => p.in === 'path');
      if (!op.requestBody && !hasPath) continue;
      const problems = Object.entries(op.responses).filter(([status]) => status.startsWith('4'));
      expect(problems.length, key).toBeGreaterThan(0);
      for (const [status, response] of problems)
        expect(response.content?.['application/problem+json']?.schema?.$ref, `${key} ${status}`).toBe(
          '#/components/schemas/Problem',
        );
      if (hasPath) expect(Object.keys(op.responses), key).toContain('404');
    }
  });
});

describe('operationIdOf', () => {
  it('reads like the route', () => {
    expect(operationIdOf('get', '/api/zone/zones/{zoneId}')).toBe('getZoneZonesByZoneId');
    expect(operationIdOf('POST', '/api/zone/applications/:id/submit')).toBe('postZoneApplicationsByIdSubmit');
    expect(operationIdOf('get', '/api/me')).toBe('getMe');
    expect(operationIdOf('delete', '/api/talent/profiles/me/cv')).toBe('deleteTalentProfilesMeCv');
  });
});
