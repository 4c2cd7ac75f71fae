import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../../testing/test-app.ts';
import { applicantCompany, call, ok, setupZone } from '../../tests/fixtures.ts';
import { zoneResidents } from '../../zone.tables.ts';

// The resident page tells each viewer what they may do with its leases (the web shows or hides
// the lease form from it instead of repeating the rule).

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await loginAs(t, 'zone_admin');
});
afterAll(async () => t?.close());

describe('resident permissions', () => {
  it('members and zone admins may lease for a current resident; others and anonymous may not', async () => {
    const fx = await setupZone(t, admin);
    const company = await applicantCompany(t);
    const outsider = await loginAs(t, 'founder');
    const [row] = await t.ctx.db
      .insert(zoneResidents)
      .values({
        zoneId: fx.zoneId,
        organizationId: company.organizationId,
        registerNumber: 'ТВ-9001',
        certificateNumber: '2026-9001',
        since: '2026-01-15',
        status: 'active',
      })
      .returning();
    const id = row?.id as string;
    const seen = async (who: SignedIn | null) => {
      const r = ok(await call(t, who, 'GET', `/api/zone/residents/${id}`));
      return { canSeeLeases: r.canSeeLeases, canLease: r.canLease };
    };
    expect(await seen(company.user)).toEqual({ canSeeLeases: true, canLease: true });
    expect(await seen(admin)).toEqual({ canSeeLeases: true, canLease: true });
    expect(await seen(outsider)).toEqual({ canSeeLeases: false, canLease: false });
    expect(await seen(null)).toEqual({ canSeeLeases: false, canLease: false });

    await t.ctx.db
      .update(zoneResidents)
      .set({ status: 'terminated', terminatedOn: '2026-06-01', terminatedReason: 'by_agreement' })
      .where(eq(zoneResidents.id, id));
    expect(await seen(company.user)).toEqual({ canSeeLeases: true, canLease: false });
  });
});
