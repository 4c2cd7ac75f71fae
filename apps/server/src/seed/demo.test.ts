import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../lib/demo/random.ts';
import { buildOrganizations } from '../modules/directory/demo/build.ts';
import { organizationMembers, organizations, profiles } from '../modules/directory/directory.tables.ts';
import { listOrganizations } from '../modules/directory/index.ts';
import { isValidInn, isValidOgrn } from '../modules/directory/russian-ids.ts';
import { accounts, users } from '../modules/identity/identity.tables.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { loadDemo } from './demo.ts';
import { DEMO_PASSWORD } from './demo-accounts.ts';

let t: TestApp;
const timings: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.ctx, (msg) => {
    const m = /^demo: (\w+) \((\d+) ms\)$/.exec(msg);
    if (m) timings[m[1] as string] = Number(m[2]);
  });
});
afterAll(async () => t?.close());

describe('directory demo', () => {
  it('loads in under 3 s', () => {
    expect(timings.directory).toBeDefined();
    expect(timings.directory).toBeLessThan(3000);
  });

  it('has the real institutions, funds, corporations and ~70 ventures', async () => {
    const stats = (await t.app.inject('/api/directory/stats')).json();
    expect(stats.organizationsByKind).toMatchObject({
      university: 6,
      zone_operator: 1,
      government: 1,
      incubator: 4,
      fund: 5,
      corporation: 6,
    });
    expect(stats.organizationsByKind.startup + stats.organizationsByKind.company).toBe(70);
    const names = (await listOrganizations(t.ctx.db, { kind: 'university' })).map((o) => o.name);
    expect(names).toContain('Томский политехнический университет');
    const tpu = (await t.app.inject('/api/directory/organizations?q=tomsk+polytechnic')).json();
    expect(tpu.items[0].name).toBe('Томский политехнический университет');
  });

  it('attaches no figure or registration number to a real institution', async () => {
    for (const kind of ['university', 'zone_operator', 'government', 'incubator'] as const) {
      for (const o of await listOrganizations(t.ctx.db, { kind })) {
        expect(o, o.name).toMatchObject({
          inn: null,
          ogrn: null,
          headcount: null,
          foundedYear: null,
          foreignCapitalPercent: 0,
        });
      }
    }
  });

  it('gives invented ventures valid numbers, Tomsk registration, two-thirds IT and one in five foreign', async () => {
    const ventures = [
      ...(await listOrganizations(t.ctx.db, { kind: 'startup' })),
      ...(await listOrganizations(t.ctx.db, { kind: 'company' })),
    ];
    for (const v of ventures) {
      expect(isValidInn(v.inn ?? ''), `${v.name} ${v.inn}`).toBe(true);
      expect(isValidOgrn(v.ogrn ?? ''), `${v.name} ${v.ogrn}`).toBe(true);
      expect(v.registrationMunicipality).toBe('г. Томск');
      expect(v.nameEn && v.descriptionRu && v.descriptionEn).toBeTruthy();
    }
    const it = ventures.filter((v) =>
      ['it_software', 'ai_data', 'cybersecurity', 'geoinformatics', 'edtech', 'fintech', 'telecom'].includes(
        v.sectors.map((s) => s.code).sort()[0] ?? '',
      ),
    );
    expect(it.length / ventures.length).toBeGreaterThan(0.55);
    expect(ventures.filter((v) => v.foreignCapitalPercent > 0)).toHaveLength(14);
    const forms = ventures.map((v) => v.legalForm);
    expect(forms.filter((f) => f === 'ip')).toHaveLength(2);
    expect(forms.filter((f) => f === 'unitary_enterprise')).toHaveLength(1);
  });

  it('creates ~200 people who cannot sign in, some of them public', async () => {
    const [people] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(
        sql`${users.isDemo} and not exists (select 1 from ${accounts} where ${accounts.userId} = ${users.id})`,
      );
    expect(people?.n).toBeGreaterThanOrEqual(200);
    expect(people?.n).toBeLessThan(230);
    const [pub] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(profiles)
      .where(eq(profiles.isPublic, true));
    expect(pub?.n).toBeGreaterThan(40);
    expect(pub?.n).toBeLessThan(140);
    const list = (await t.app.inject('/api/directory/people?pageSize=5')).json();
    expect(list.total).toBe(pub?.n);
  });

  it('links each demo login to its organization', async () => {
    const signIn = async (email: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        payload: { email, password: DEMO_PASSWORD },
      });
      const cookie = ([] as string[])
        .concat(res.headers['set-cookie'] ?? [])
        .map((c) => c.split(';')[0])
        .join('; ');
      return (await t.app.inject({ url: '/api/me', headers: { cookie } })).json();
    };
    const expectations: Array<[string, string, string]> = [
      ['founder@demo.inohub.ru', 'startup', 'owner'],
      ['recruiter@demo.inohub.ru', 'company', 'member'],
      ['investor@demo.inohub.ru', 'fund', 'member'],
      ['incubator@demo.inohub.ru', 'incubator', 'member'],
      ['zone@demo.inohub.ru', 'zone_operator', 'member'],
    ];
    for (const [email, kind, role] of expectations) {
      const me = await signIn(email);
      expect(me.memberships, email).toContainEqual(expect.objectContaining({ kind, role }));
    }
    const [owners] = await t.ctx.db
      .select({ n: sql<number>`count(distinct ${organizationMembers.organizationId})::int` })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(
        sql`${organizationMembers.role} = 'owner' and ${organizations.kind} in ('startup','company','fund','corporation')`,
      );
    expect(owners?.n).toBe(81);
  });

  it('is deterministic', () => {
    const a = buildOrganizations(new Random(7));
    const b = buildOrganizations(new Random(7));
    expect(a).toEqual(b);
    expect(buildOrganizations(new Random(8))).not.toEqual(a);
  });
});
