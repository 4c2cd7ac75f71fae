import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { todayInTomsk } from '../common.ts';
import { organizationFacts } from '../directory-port.ts';
import { evaluateEligibility, type RuleResult } from '../eligibility/rules.ts';
import { effectivePermittedActivities, effectiveRules } from '../eligibility/service.ts';
import { freeAreaMatches } from '../space/service.ts';
import { type ApplicationRow, documentsOf, findZone } from './repo.ts';

export interface Evaluation {
  results: RuleResult[];
  blocking: RuleResult[];
}

/**
 * Runs the eligibility rules E1–E7 (docs/domain/zone.md, "Eligibility") for the application as it
 * stands today: gathers what the pure calculator looks at, then lets it decide.
 */
export async function evaluate(db: Db, app: ApplicationRow): Promise<Evaluation> {
  const onDate = todayInTomsk();
  const zone = await findZone(db, app.zoneId);
  const org = await organizationFacts(db, app.organizationId);
  const docs = await documentsOf(db, app.id);
  const rules = await effectiveRules(db, app.zoneId, onDate);
  const permitted = await effectivePermittedActivities(db, app.zoneId, onDate);
  const spaceAvailable = await freeAreaMatches(db, {
    zoneId: app.zoneId,
    applicationId: app.id,
    unitIds: app.requestedUnitIds,
    areaM2: app.requestedAreaM2,
    landHa: app.requestedLandHa,
    kind: app.requestedUnitKind,
    onDate,
  });
  return evaluateEligibility(rules, {
    onDate,
    zoneMunicipality: zone.municipality,
    organization: { legalForm: org.legalForm, registrationMunicipality: org.registrationMunicipality },
    application: app,
    documentKinds: docs.map((d) => d.kind),
    permittedActivities: permitted,
    spaceAvailable,
  });
}

/** Evaluates and refuses (422 zone.eligibility_failed, results attached) when a mandatory rule fails. */
export async function assertEligible(db: Db, app: ApplicationRow): Promise<RuleResult[]> {
  const result = await evaluate(db, app);
  if (result.blocking.length) {
    throw new AppError(
      'unprocessable',
      'zone.eligibility_failed',
      'The application does not meet the mandatory eligibility rules',
      result.blocking.map((r) => ({
        field: `eligibility.${r.code}`,
        message: r.messageEn,
        code: r.messageKey,
      })),
      { eligibility: result.results },
    );
  }
  return result.results;
}
