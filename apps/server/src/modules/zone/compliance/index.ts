// Compliance flags T1–T7 (DOMAIN §6.2) and the case queue.
export { type ComplianceInput, evaluateCompliance, type RaisedFlag } from './evaluate.ts';
export { registerComplianceRoutes } from './routes.ts';
export {
  assertNoPendingTerminationClaim,
  changeCaseStatus,
  hasPendingTerminationClaim,
  listCases,
  runComplianceEvaluation,
} from './service.ts';
