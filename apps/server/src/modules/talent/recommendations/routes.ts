import {
  CandidateParams,
  CandidateRecommendations,
  OpportunityRecommendations,
  RecommendationQuery,
} from '@inohub/contracts/talent/recommendations';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { resolveViewer } from '../policy.ts';
import { recommendCandidates, recommendOpportunities } from './service.ts';

const tags = ['talent: recommendations'];
const signedIn = { access: access.signedIn };

// docs/domain/talent.md, "Recommendations".
export function registerRecommendationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { q: ctx.database.query.bind(ctx.database) as typeof ctx.database.query, db: ctx.db };

  r.get(
    '/api/talent/recommendations/opportunities',
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Open postings ranked by fit for the caller's own profile, with reasons",
        querystring: RecommendationQuery,
        response: { 200: OpportunityRecommendations },
      },
    },
    async (request) => recommendOpportunities(deps, requirePrincipal(request).userId, request.query.limit),
  );

  r.get(
    '/api/talent/opportunities/:opportunityId/candidates',
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Profiles ranked by fit for a posting (the employer's recruiters, career offices, the hub)",
        params: CandidateParams,
        querystring: RecommendationQuery,
        response: { 200: CandidateRecommendations },
      },
    },
    async (request) => {
      const viewer = await resolveViewer(ctx.db, request.principal);
      return recommendCandidates(deps, viewer, request.params.opportunityId, request.query.limit);
    },
  );
}
