import type { DemoLogin, DemoStep } from '../../../lib/demo/step.ts';
import { consents, userRoles, users } from '../../identity/identity.tables.ts';
import { CONSENT_TEXTS, type Role, recordConsent } from '../../identity/index.ts';
import { organizationMembers, organizationSectors, organizations, profiles } from '../directory.tables.ts';
import { buildOrganizations, domainOf, isItOrganization } from './build.ts';
import { type DemoPerson, peopleFactory, profileFor } from './people.ts';
import type { DemoOrganization } from './types.ts';

export const DEMO_PEOPLE = 200;
const DAY = 86_400_000;

type Member = { organizationId: string; userId: string; role: 'owner' | 'member' };

/** The directory part of the demo: organizations, ~200 people without logins, memberships. */
export const directoryDemoStep: DemoStep = {
  name: 'directory',
  async run(ctx, random, logins) {
    const admin = loginOf(logins, 'admin');
    const now = Date.now();
    const orgs = buildOrganizations(random).map((o) => ({ ...o, id: random.uuid() }));
    const byKey = new Map(orgs.map((o) => [o.key, o]));

    await ctx.db.insert(organizations).values(
      orgs.map((o) => {
        const verifiedAt = o.verified ? new Date(now - random.int(3, 330) * DAY) : null;
        return {
          id: o.id,
          kind: o.kind,
          name: o.name,
          nameEn: o.nameEn,
          legalName: o.legalName ?? null,
          legalForm: o.legalForm ?? null,
          inn: o.inn ?? null,
          ogrn: o.ogrn ?? null,
          registrationMunicipality: 'г. Томск',
          city: 'Томск',
          website: o.website ?? null,
          descriptionRu: o.descriptionRu,
          descriptionEn: o.descriptionEn,
          headcount: o.headcount ?? null,
          foundedYear: o.foundedYear ?? null,
          foreignCapitalPercent: o.foreignCapitalPercent ?? 0,
          isDemo: true,
          verifiedAt,
          verifiedBy: verifiedAt ? admin : null,
          updatedAt: verifiedAt ?? new Date(now - random.int(1, 200) * DAY),
        };
      }),
    );
    await ctx.db
      .insert(organizationSectors)
      .values(orgs.flatMap((o) => o.sectors.map((sectorCode) => ({ organizationId: o.id, sectorCode }))));

    // Invented people work at invented organizations only (plus the unaffiliated students and experts).
    const newPerson = peopleFactory(random);
    const people: DemoPerson[] = [];
    const roles: Array<{ userId: string; role: Role }> = [];
    const members: Member[] = [];
    const employer = new Map<string, string>();
    const hire = (
      org: DemoOrganization & { id: string },
      role: 'owner' | 'member',
      platformRole: Role | null,
    ) => {
      const p = newPerson(domainOf(org));
      people.push(p);
      members.push({ organizationId: org.id, userId: p.id, role });
      employer.set(p.id, org.name);
      if (platformRole) roles.push({ userId: p.id, role: platformRole });
    };
    for (const org of orgs) {
      if (org.kind === 'fund')
        for (let i = 0; i < 2; i++) hire(org, i === 0 ? 'owner' : 'member', 'investor');
      if (org.kind === 'corporation')
        for (let i = 0; i < 2; i++) hire(org, i === 0 ? 'owner' : 'member', i === 0 ? null : 'recruiter');
      if (org.kind === 'startup' || org.kind === 'company') {
        hire(org, 'owner', 'founder');
        for (let i = random.int(0, 3); i > 0; i--) hire(org, 'member', null);
      }
    }
    while (people.length < DEMO_PEOPLE) {
      const p = newPerson(random.pick(['it', 'it', 'hardware', 'bio', 'industry', 'general']));
      people.push(p);
      roles.push({ userId: p.id, role: p.foreign ? 'mentor' : 'student' });
    }

    // Rows in `users` with no credential account: these people exist, but nobody can sign in as them.
    await ctx.db.insert(users).values(
      people.map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        emailVerified: true,
        locale: p.locale,
        timeZone: p.timeZone,
        isDemo: true,
      })),
    );
    await ctx.db.insert(userRoles).values(roles.map((r) => ({ ...r, grantedBy: admin })));
    const demoProfiles = people.map((p) => profileFor(random, p, employer.get(p.id) ?? null));
    await ctx.db.insert(profiles).values(demoProfiles);
    // Demo people signed up and, for public profiles, agreed to show them: the ledger says so.
    await ctx.db.insert(consents).values([
      ...people.map((p) => ({
        userId: p.id,
        purpose: 'processing',
        version: CONSENT_TEXTS.processing.version,
        granted: true,
      })),
      ...demoProfiles
        .filter((p) => p.isPublic)
        .map((p) => ({
          userId: p.userId,
          purpose: 'public_profile',
          version: CONSENT_TEXTS.public_profile.version,
          granted: true,
        })),
    ]);

    // The demo logins each get a place to act from.
    const firstStartup = orgs.find((o) => o.kind === 'startup');
    const itCompany = orgs.find((o) => o.kind === 'company' && isItOrganization(o));
    const link = (role: Role, key: string | undefined, as: 'owner' | 'member') => {
      const org = key ? byKey.get(key) : undefined;
      if (org) members.push({ organizationId: org.id, userId: loginOf(logins, role), role: as });
    };
    link('founder', firstStartup?.key, 'owner');
    link('recruiter', itCompany?.key, 'member');
    link('investor', 'fund_taiga', 'member');
    link('incubator_manager', 'incubator_tusur', 'member');
    link('zone_admin', 'zone_operator', 'member');
    await ctx.db.insert(organizationMembers).values(members);

    const founder = loginOf(logins, 'founder');
    await ctx.db.insert(profiles).values({
      userId: founder,
      headline: `Основатель, ${firstStartup?.name ?? 'стартап'}`,
      bio: 'Окончила ТУСУР, запускает свой первый технологический стартап.',
      city: 'Томск',
      skills: ['Управление продуктом', 'Продажи B2B', 'TypeScript'],
      isPublic: true,
      publicFields: ['headline', 'bio', 'city', 'skills', 'organizations'],
    });
    await recordConsent(ctx.db, { userId: founder, purpose: 'public_profile', granted: true });
  },
};

function loginOf(logins: DemoLogin[], role: Role): string {
  const login = logins.find((l) => l.role === role);
  if (!login) throw new Error(`The demo has no ${role} login`);
  return login.userId;
}
