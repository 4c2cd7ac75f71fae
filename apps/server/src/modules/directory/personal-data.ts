import type { PersonalDataSpec } from '../../lib/privacy/personal-data.ts';
import { organizationMembers, organizations, profiles } from './directory.tables.ts';

const profile = { purpose: 'profile', retention: 'account_lifetime' } as const;

/** What the directory keeps about a person, why and how long (see lib/privacy/personal-data.ts). */
export const directoryPersonalData: PersonalDataSpec[] = [
  {
    table: profiles,
    subject: { by: 'user_id', column: profiles.userId },
    fields: {
      userId: profile,
      headline: profile,
      bio: profile,
      city: profile,
      skills: profile,
      links: profile,
    },
    context: ['isPublic', 'publicFields', 'updatedAt'],
  },
  {
    table: organizationMembers,
    subject: { by: 'user_id', column: organizationMembers.userId },
    fields: { userId: profile },
    context: ['organizationId', 'role', 'createdAt'],
  },
  {
    table: organizations,
    subject: { by: 'user_id', column: organizations.createdBy },
    fields: {
      createdBy: { purpose: 'accountability', retention: 'record_lifetime' },
      verifiedBy: { purpose: 'accountability', retention: 'record_lifetime' },
    },
    context: ['id', 'name', 'createdAt'],
    notPersonal: {
      name: "the organization's name",
      legalName: "the organization's registered name",
      inn: "the organization's taxpayer number (a sole trader's INN is public in the register)",
      ogrn: "the organization's registration number",
      city: 'where the organization is',
      website: "the organization's site",
    },
  },
];
