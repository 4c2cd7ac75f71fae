import type { ServerModule } from '../../module.ts';
import { identityPersonalData } from './personal-data.ts';
import { eraseIdentity } from './users/deletion.ts';
import { registerUserAdminRoutes } from './users/routes.ts';

/**
 * Accounts, roles, consents and the audit log. The sign-in routes are mounted by the app itself
 * (they wrap better-auth, which the app builds first); here are the administrators' routes.
 */
export const identityModule: ServerModule = {
  name: 'identity',
  registerRoutes: registerUserAdminRoutes,
  personalData: identityPersonalData,
  erasePerson: (tx, person) => eraseIdentity(tx, person.id, person.email),
};
