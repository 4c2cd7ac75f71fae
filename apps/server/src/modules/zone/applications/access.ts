import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import type { Principal } from '../../../lib/http/access.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';
import type { AuditContext } from '../../identity/index.ts';
import { actorsOf } from './policy.ts';
import { type ApplicationRow, findApplication } from './repo.ts';
import type { Actor } from './state-machine.ts';

/** Who acts, and what a write needs to tell the world (audit, mail with links back). */
export interface ServiceDeps {
  audit: AuditContext;
  principal: Principal;
  mailer: Mailer;
  baseUrl: string;
}

/** Loads an application the caller may see; others get 404 so that ids reveal nothing. */
export async function applicationForViewer(
  db: Db,
  principal: Principal,
  id: string,
  lock = false,
): Promise<{ app: ApplicationRow; actors: Actor[] }> {
  const app = await findApplication(db, id, lock);
  const actors = await actorsOf(db, principal, app);
  if (actors.length === 0) throw notFound('application', 'zone.application_not_found');
  return { app, actors };
}
