export const ORGANIZATION_KINDS = [
  'startup',
  'company',
  'university',
  'incubator',
  'fund',
  'corporation',
  'government',
  'zone_operator',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const LEGAL_FORMS = [
  'ooo',
  'ao',
  'pao',
  'ip',
  'unitary_enterprise',
  'nonprofit',
  'state_institution',
  'foreign',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export interface Sector {
  code: string;
  nameRu: string;
  nameEn: string;
  isIt: boolean;
}

export interface Organization {
  id: string;
  kind: OrganizationKind;
  name: string;
  nameEn: string | null;
  legalName: string | null;
  legalForm: LegalForm | null;
  inn: string | null;
  ogrn: string | null;
  registrationMunicipality: string | null;
  city: string;
  sectors: Array<Omit<Sector, 'isIt'>>;
  website: string | null;
  descriptionRu: string | null;
  descriptionEn: string | null;
  headcount: number | null;
  foundedYear: number | null;
  foreignCapitalPercent: number;
  verifiedAt: string | null;
  updatedAt: string;
}

export interface OrganizationDetail extends Organization {
  members: Array<{ userId: string; name: string; role: 'owner' | 'member' }>;
  canEdit: boolean;
}

/** The writable fields; `sectors` are codes. */
export interface OrganizationInput {
  kind: OrganizationKind;
  name: string;
  nameEn: string | null;
  legalName: string | null;
  legalForm: LegalForm | null;
  inn: string | null;
  ogrn: string | null;
  registrationMunicipality: string | null;
  city: string;
  sectors: string[];
  website: string | null;
  descriptionRu: string | null;
  descriptionEn: string | null;
  headcount: number | null;
  foundedYear: number | null;
  foreignCapitalPercent: number;
}

/** A person's public profile: only the fields they agreed to show are present. */
export interface PersonSummary {
  userId: string;
  name: string;
  headline?: string | null;
  city?: string | null;
  skills?: string[];
}

export interface Person extends PersonSummary {
  bio?: string | null;
  links?: Array<{ label: string; url: string }>;
  organizations?: Array<{ organizationId: string; organizationName: string; role: 'owner' | 'member' }>;
}
