// Public door of the identity module: accounts, sessions, roles, audit log.
export { type AuditContext, auditContextOf, recordAudit, systemAuditContext } from './audit/service.ts';
export { type Auth, createAuth } from './auth/better-auth.ts';
export { PasswordSchema } from './auth/password-policy.ts';
export { createPrincipalResolver } from './auth/principal.ts';
export { registerAuthRoutes } from './auth/routes.ts';
export { consentsOf, hasConsent, recordConsent } from './consent/service.ts';
export { CONSENT_PURPOSES, CONSENT_TEXTS, type ConsentPurpose } from './consent/texts.ts';
export { identityModule } from './module.ts';
export { identityPersonalData } from './personal-data.ts';
export { isRole, ROLES, type Role, RoleSchema, SELF_SERVICE_ROLES } from './roles.ts';
export {
  accountsDueForErasure,
  confirmPassword,
  ERASURE_GRACE_DAYS,
  eraseIdentity,
  requestAccountDeletion,
} from './users/deletion.ts';
export { registerUserAdminRoutes } from './users/routes.ts';
export {
  createUserWithPassword,
  getUser,
  listUsers,
  type NewUser,
  rolesOf,
  setDisabled,
  setRoles,
  type UserSummary,
  updateOwnProfile,
} from './users/service.ts';
