import type { ApplicationState } from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import { memberRecipients, organizationFacts } from '../directory-port.ts';
import type { ServiceDeps } from './access.ts';
import { applicationTransitionTemplate } from './mail.ts';
import type { ApplicationRow } from './repo.ts';

/**
 * Mails every member of the applicant organization about a step of its application (queued in
 * the outbox inside the transaction, so a refused step sends nothing).
 */
export async function notifyApplicant(
  db: Db,
  deps: ServiceDeps,
  app: ApplicationRow,
  state: ApplicationState,
  comment: string | null,
  approvalRecorded: boolean,
): Promise<void> {
  const org = await organizationFacts(db, app.organizationId);
  for (const r of await memberRecipients(db, app.organizationId)) {
    await deps.mailer.enqueue(db, {
      to: r.email,
      locale: r.locale,
      template: applicationTransitionTemplate,
      params: {
        name: r.name,
        organization: r.locale === 'en' ? (org.nameEn ?? org.name) : org.name,
        state,
        comment,
        approvalRecorded,
        url: `${deps.baseUrl}/zone/applications/${app.id}`,
      },
    });
  }
}
