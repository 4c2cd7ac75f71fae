import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { APPLICATION_ACTIONS, TRANSITIONS } from '../applications/state-machine.ts';
import { APPLICATION_STATES, type ApplicationState, zoneApplications } from '../zone.tables.ts';
import {
  type Applicant,
  applicantCompany,
  call,
  completeApplication,
  setupZone,
  type ZoneFixture,
} from './fixtures.ts';

let t: TestApp;
let admin1: SignedIn;
let admin2: SignedIn;
let outsider: SignedIn;
let fx: ZoneFixture;

beforeAll(async () => {
  t = await createTestApp();
  admin1 = await loginAs(t, 'zone_admin');
  admin2 = await loginAs(t, 'zone_admin');
  outsider = await loginAs(t, 'founder');
  fx = await setupZone(t, admin1);
});
afterAll(async () => t?.close());

const BODY = {
  reason: 'by_agreement',
  agreementNumber: 'С-1',
  agreementDate: '2026-01-15',
  comment: 'matrix',
};

async function applicationIn(state: ApplicationState): Promise<{ id: string; applicant: Applicant }> {
  const applicant = await applicantCompany(t);
  const id = await completeApplication(t, fx, applicant, 2);
  await t.ctx.db.update(zoneApplications).set({ state }).where(eq(zoneApplications.id, id));
  return { id, applicant };
}

const stateOf = async (id: string) =>
  (
    await t.ctx.db
      .select({ s: zoneApplications.state })
      .from(zoneApplications)
      .where(eq(zoneApplications.id, id))
  )[0]?.s;

describe('transition matrix: every state × action × role', () => {
  it('allows exactly the transitions of the table and refuses the rest without a state change', async () => {
    let allowed = 0;
    let refused = 0;
    for (const state of APPLICATION_STATES) {
      const shared = await applicationIn(state);
      for (const action of APPLICATION_ACTIONS) {
        for (const role of ['applicant', 'zone_admin', 'outsider'] as const) {
          const rule = TRANSITIONS.find(
            (tr) => tr.from === state && tr.action === action && tr.actor === role,
          );
          const label = `${state} × ${action} × ${role}`;
          if (rule) {
            const fresh = await applicationIn(state);
            const who = role === 'applicant' ? fresh.applicant.user : admin1;
            const res = await call(
              t,
              who,
              'POST',
              `/api/zone/applications/${fresh.id}/actions/${action}`,
              BODY,
            );
            expect(res.statusCode, `${label}: ${res.body}`).toBe(200);
            if (rule.fourEyes) {
              expect(res.json().decided, label).toBe(false);
              expect(await stateOf(fresh.id), label).toBe(state);
              const second = await call(
                t,
                admin2,
                'POST',
                `/api/zone/applications/${fresh.id}/actions/${action}`,
                BODY,
              );
              expect(second.statusCode, label).toBe(200);
            }
            expect(await stateOf(fresh.id), label).toBe(rule.to);
            allowed++;
          } else {
            const who =
              role === 'applicant' ? shared.applicant.user : role === 'zone_admin' ? admin1 : outsider;
            const res = await call(
              t,
              who,
              'POST',
              `/api/zone/applications/${shared.id}/actions/${action}`,
              BODY,
            );
            const expected = role === 'outsider' ? [404] : [403, 409];
            expect(expected, `${label}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
            expect(res.headers['content-type'], label).toContain('application/problem+json');
            expect(await stateOf(shared.id), label).toBe(state);
            refused++;
          }
        }
      }
    }
    expect(allowed).toBe(TRANSITIONS.length);
    expect(allowed + refused).toBe(APPLICATION_STATES.length * APPLICATION_ACTIONS.length * 3);
  }, 300_000);

  it('refuses anonymous callers', async () => {
    const { id } = await applicationIn('submitted');
    const res = await call(t, null, 'POST', `/api/zone/applications/${id}/actions/accept_for_review`, {});
    expect(res.statusCode).toBe(401);
    expect(await stateOf(id)).toBe('submitted');
  });
});
