// Every read of directory data by the zone module goes through this one file.
export {
  addMembership,
  createOrganizationForTest,
  demoCompanies,
  isOrganizationMember,
  memberRecipients,
  type OrganizationFacts,
  organizationFacts,
  organizationFactsMany,
  organizationIdsMatching,
  organizationIdsOfUser,
} from '../directory/index.ts';
