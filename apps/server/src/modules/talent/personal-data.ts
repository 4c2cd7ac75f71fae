import type { PersonalDataSpec } from '../../lib/privacy/personal-data.ts';
import {
  talentApplicationEvents,
  talentApplications,
  talentEmployers,
  talentImports,
  talentOpportunities,
  talentOutcomes,
  talentProfiles,
  talentSkills,
  talentSurveyInvitations,
} from './talent.tables.ts';

const career = { purpose: 'career', retention: 'account_lifetime' } as const;
const acted = { purpose: 'accountability', retention: 'record_lifetime' } as const;

/**
 * The talent module's personal data (docs/domain/talent.md, "Personal data"). The profile is the
 * person's (found by their account or address); applications, outcomes and survey invitations
 * belong to the profile and go with it. Outcomes are kept for the retention figures
 * 5 years after graduation at most.
 */
export const talentPersonalData: PersonalDataSpec[] = [
  {
    table: talentProfiles,
    subject: { by: 'user_id', column: talentProfiles.userId },
    fields: {
      userId: career,
      email: career,
      fullName: career,
      studentNumber: career,
      faculty: career,
      program: career,
      degree: career,
      graduationYear: career,
      city: career,
      headline: career,
      about: career,
      skills: career,
      languages: career,
      links: career,
      visibility: career,
      cvFileName: career,
    },
    context: ['id', 'universityId', 'status', 'source', 'createdAt'],
  },
  {
    table: talentApplications,
    subject: null,
    fields: { coverNote: career, cvFileName: career },
    context: ['id', 'opportunityId', 'profileId', 'stage', 'createdAt'],
  },
  {
    table: talentApplicationEvents,
    subject: { by: 'user_id', column: talentApplicationEvents.actorId },
    fields: { actorId: acted, note: acted },
    context: ['applicationId', 'toStage', 'createdAt'],
  },
  {
    table: talentOutcomes,
    subject: null,
    fields: {
      status: { purpose: 'career', retention: 'graduate_monitoring_5_years' },
      employerName: { purpose: 'career', retention: 'graduate_monitoring_5_years' },
      city: { purpose: 'career', retention: 'graduate_monitoring_5_years' },
      occupation: { purpose: 'career', retention: 'graduate_monitoring_5_years' },
    },
    context: ['profileId', 'observedOn', 'source'],
  },
  {
    table: talentOutcomes,
    subject: { by: 'user_id', column: talentOutcomes.recordedBy },
    fields: { recordedBy: acted },
    context: ['profileId', 'observedOn', 'source'],
  },
  {
    table: talentSurveyInvitations,
    subject: null,
    fields: {},
    context: ['profileId', 'surveyYear', 'sentAt', 'respondedAt'],
  },
  {
    table: talentEmployers,
    subject: { by: 'user_id', column: talentEmployers.decidedBy },
    fields: { decidedBy: acted, requestedBy: acted },
    context: ['organizationId', 'status', 'decidedAt'],
  },
  {
    table: talentOpportunities,
    subject: { by: 'user_id', column: talentOpportunities.createdBy },
    fields: { createdBy: acted },
    context: ['id', 'organizationId', 'kind', 'createdAt'],
    notPersonal: {
      requiredSkills: "a posting's requirements, not a person's skills",
      niceSkills: "a posting's wishes, not a person's skills",
      city: 'where the job is, not where a person lives',
    },
  },
  {
    table: talentImports,
    subject: { by: 'user_id', column: talentImports.importedBy },
    fields: { importedBy: acted },
    context: ['id', 'universityId', 'kind', 'status', 'createdAt'],
    notPersonal: { fileName: 'the name of the file a career office uploaded, not of a person' },
  },
  {
    table: talentSkills,
    subject: { by: 'user_id', column: talentSkills.addedBy },
    fields: { addedBy: acted },
    context: ['code', 'nameRu', 'nameEn'],
  },
];
