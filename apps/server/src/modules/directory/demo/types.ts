import type { LegalForm, OrganizationKind } from '@inohub/contracts/directory';

/** One organization of the demo, before ids are assigned. */
export interface DemoOrganization {
  /** Stable handle for linking demo logins and other modules' seeds. */
  key: string;
  kind: OrganizationKind;
  name: string;
  nameEn: string;
  legalName?: string | null;
  legalForm?: LegalForm | null;
  inn?: string | null;
  ogrn?: string | null;
  website?: string | null;
  descriptionRu: string;
  descriptionEn: string;
  headcount?: number | null;
  foundedYear?: number | null;
  foreignCapitalPercent?: number;
  sectors: string[];
  /** Real public institutions are verified; invented ones mostly are. */
  verified: boolean;
}
