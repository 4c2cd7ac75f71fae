// Compliance flags T1–T7 (docs/domain/zone.md, "compliance flags") and the case queue.
export { changeCaseStatus } from './change-status.ts';
export { assertNoPendingTerminationClaim, hasPendingTerminationClaim } from './court-claims.ts';
export { type ComplianceInput, evaluateCompliance, type RaisedFlag } from './evaluate.ts';
export { registerComplianceRoutes } from './routes.ts';
export { runComplianceEvaluation } from './run-evaluation.ts';
export { listCases } from './service.ts';
