// The directory's shapes as the server sends and takes them (one source: @inohub/contracts/directory).
import type {
  OrganizationCreateBody,
  OrganizationDetail as OrganizationDetailSchema,
  OrganizationSummary,
  PersonDetail,
  PersonSummary as PersonSummarySchema,
  SectorView,
} from '@inohub/contracts/directory';
import type { Wire } from '@inohub/contracts/wire';
import type { z } from 'zod';

export type Sector = Wire<typeof SectorView>;
export type Organization = Wire<typeof OrganizationSummary>;
export type OrganizationDetail = Wire<typeof OrganizationDetailSchema>;
/** The writable fields; `sectors` are codes. */
export type OrganizationInput = z.input<typeof OrganizationCreateBody>;
export type PersonSummary = Wire<typeof PersonSummarySchema>;
export type Person = Wire<typeof PersonDetail>;
