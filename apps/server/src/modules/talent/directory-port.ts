// Every read of directory data by the talent module goes through this one file.
export {
  addMembership,
  createOrganizationForTest,
  isOrganizationMember,
  memberRecipients,
  membershipsOf,
  type OrganizationFacts,
  organizationFacts,
  organizationFactsMany,
  organizationIdsByInn,
  organizationsOfKind,
} from '../directory/index.ts';
