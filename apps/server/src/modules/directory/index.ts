// Public door of the directory module: organizations, memberships, people's profiles, sectors.
export {
  AddMemberBody,
  DirectoryStats,
  LegalFormSchema,
  MemberRoleSchema,
  MePatchBody,
  MeView,
  OrganizationCreateBody,
  OrganizationDetail,
  OrganizationKindSchema,
  OrganizationListQuery,
  OrganizationPatchBody,
  OrganizationSummary,
  PeopleQuery,
  PersonDetail,
  PersonSummary,
  PROFILE_PUBLIC_FIELDS,
  ProfileBody,
  ProfileView,
  SectorView,
} from '@inohub/contracts/directory';
export { membershipsOf } from './me/service.ts';
export { directoryModule } from './module.ts';
export {
  addMembership,
  createOrganizationForTest,
  demoCompanies,
  isOrganizationMember,
  memberRecipients,
  type OrganizationFacts,
  organizationFacts,
  organizationFactsMany,
  organizationIdsByInn,
  organizationIdsMatching,
  organizationIdsOfUser,
  organizationsOfKind,
} from './organizations/queries.ts';
export { listOrganizations, type OrganizationFilter } from './organizations/search.ts';
export { eraseDirectoryPerson, hideProfile } from './people/erasure.ts';
export { directoryPersonalData } from './personal-data.ts';
export { canEditOrganization, membershipOf } from './policy.ts';
export { registerDirectoryRoutes } from './routes.ts';
export { completeInn, completeOgrn, isValidInn, isValidOgrn } from './russian-ids.ts';
