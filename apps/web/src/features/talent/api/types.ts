import type { ApplicationSummary, ApplicationView, BoardView } from '@inohub/contracts/talent/applications';
import type { MyEmployerView } from '@inohub/contracts/talent/employers';
import type { OpportunitySummary, OpportunityView } from '@inohub/contracts/talent/opportunities';
import type { ProfileSummary, ProfileView } from '@inohub/contracts/talent/profiles';
import type {
  Reason,
  RecommendedCandidate,
  RecommendedOpportunity,
} from '@inohub/contracts/talent/recommendations';
import type { SkillView } from '@inohub/contracts/talent/skills';
import type { Wire } from '@inohub/contracts/wire';

// The talent API's answers as the web receives them (dates as ISO strings), named once for the feature.
export type Opportunity = Wire<typeof OpportunityView>;
export type OpportunityItem = Wire<typeof OpportunitySummary>;
export type Profile = Wire<typeof ProfileView>;
export type ProfileItem = Wire<typeof ProfileSummary>;
export type Skill = Wire<typeof SkillView>;
export type Application = Wire<typeof ApplicationView>;
export type ApplicationItem = Wire<typeof ApplicationSummary>;
export type Board = Wire<typeof BoardView>;
export type MyEmployer = Wire<typeof MyEmployerView>;
export type RecommendedOpportunityItem = Wire<typeof RecommendedOpportunity>;
export type RecommendedCandidateItem = Wire<typeof RecommendedCandidate>;
export type ReasonItem = Wire<typeof Reason>;
