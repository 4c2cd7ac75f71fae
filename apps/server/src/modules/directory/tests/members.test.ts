import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { createOrganization, RESOURCE_KEYS } from './helpers.ts';

let t: TestApp;
let owner: SignedIn;
let colleague: SignedIn;
let outsider: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  owner = await loginAs(t, 'founder');
  colleague = await loginAs(t, 'recruiter');
  outsider = await loginAs(t, 'founder');
});
afterAll(async () => t?.close());

const addMember = (who: SignedIn, orgId: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/directory/organizations/${orgId}/members`,
    headers: { cookie: who.cookie },
    payload,
  });
const removeMember = (who: SignedIn, orgId: string, userId: string) =>
  t.app.inject({
    method: 'DELETE',
    url: `/api/directory/organizations/${orgId}/members/${userId}`,
    headers: { cookie: who.cookie },
  });

describe('members', () => {
  it('lets an owner add a member by email; the member sees the organization in /api/me', async () => {
    const org = await createOrganization(t, owner, { name: 'Команда' });
    const res = await addMember(owner, org.id, { email: colleague.email.toUpperCase(), role: 'member' });
    expect(res.statusCode).toBe(200);
    expect(res.json().members).toHaveLength(2);
    const me = (await t.app.inject({ url: '/api/me', headers: { cookie: colleague.cookie } })).json();
    expect(me.memberships).toEqual([
      { organizationId: org.id, organizationName: 'Команда', kind: 'startup', role: 'member' },
    ]);
  });

  it('refuses an outsider with 403 and no resource fields, and changes nothing', async () => {
    const org = await createOrganization(t, owner, { name: 'Закрытая' });
    const res = await addMember(outsider, org.id, { email: outsider.email, role: 'owner' });
    expect(res.statusCode).toBe(403);
    for (const key of RESOURCE_KEYS) expect(res.json()).not.toHaveProperty(key);
    const removed = await removeMember(outsider, org.id, owner.userId);
    expect(removed.statusCode).toBe(403);
    const detail = (
      await t.app.inject({ url: `/api/directory/organizations/${org.id}`, headers: { cookie: owner.cookie } })
    ).json();
    expect(detail.members.map((m: { userId: string }) => m.userId)).toEqual([owner.userId]);
  });

  it('names the email field when no account uses it', async () => {
    const org = await createOrganization(t, owner, { name: 'Поиск людей' });
    const res = await addMember(owner, org.id, { email: 'nobody@example.org', role: 'member' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('body.email');
  });

  it('keeps the last owner: cannot remove or demote them, but can after adding another owner', async () => {
    const org = await createOrganization(t, owner, { name: 'Один владелец' });
    expect((await removeMember(owner, org.id, owner.userId)).statusCode).toBe(422);
    expect((await addMember(owner, org.id, { email: owner.email, role: 'member' })).json().code).toBe(
      'directory.last_owner',
    );
    expect((await addMember(owner, org.id, { email: colleague.email, role: 'owner' })).statusCode).toBe(200);
    expect((await removeMember(owner, org.id, owner.userId)).statusCode).toBe(204);
    // The former owner has no rights any more.
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/directory/organizations/${org.id}`,
      headers: { cookie: owner.cookie },
      payload: { name: 'Вернул' },
    });
    expect(patch.statusCode).toBe(403);
  });

  it('lets a member leave on their own, and 404s an unknown member', async () => {
    const org = await createOrganization(t, owner, { name: 'Проходной двор' });
    await addMember(owner, org.id, { email: outsider.email, role: 'member' });
    expect((await removeMember(outsider, org.id, outsider.userId)).statusCode).toBe(204);
    expect((await removeMember(owner, org.id, outsider.userId)).statusCode).toBe(404);
  });

  it('shows only members with public profiles to visitors, all of them to owners', async () => {
    const org = await createOrganization(t, owner, { name: 'Видимость' });
    await addMember(owner, org.id, { email: colleague.email, role: 'member' });
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: { cookie: colleague.cookie },
      payload: {
        headline: null,
        bio: null,
        city: null,
        skills: [],
        links: [],
        isPublic: true,
        publicFields: [],
      },
    });
    const visitor = (await t.app.inject(`/api/directory/organizations/${org.id}`)).json();
    expect(visitor.canEdit).toBe(false);
    expect(visitor.members.map((m: { userId: string }) => m.userId)).toEqual([colleague.userId]);
    const forOwner = (
      await t.app.inject({ url: `/api/directory/organizations/${org.id}`, headers: { cookie: owner.cookie } })
    ).json();
    expect(forOwner.members).toHaveLength(2);
    expect(forOwner.canEdit).toBe(true);
  });

  it('audits membership changes', async () => {
    const org = await createOrganization(t, owner, { name: 'Под аудитом' });
    await addMember(owner, org.id, { email: colleague.email, role: 'member' });
    await removeMember(owner, org.id, colleague.userId);
    const admin = await loginAs(t, 'admin');
    const audit = (
      await t.app.inject({ url: `/api/admin/audit?objectId=${org.id}`, headers: { cookie: admin.cookie } })
    ).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'directory.member_added',
      'directory.member_removed',
      'directory.organization_created',
    ]);
  });
});
