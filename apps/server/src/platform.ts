import { registerBackupRoutes } from './backup/routes.ts';
import { filesPersonalData } from './lib/files/personal-data.ts';
import { eraseMail } from './lib/mail/erasure.ts';
import { mailPersonalData } from './lib/mail/personal-data.ts';
import type { ServerModule } from './module.ts';
import { eraseDueAccounts } from './privacy/erasure.ts';
import { registerPrivacyRoutes } from './privacy/routes.ts';

/**
 * The platform's own parts, described like a module so the app picks them up the same way:
 * backups, the privacy routes (export, deletion), outgoing mail and stored files. Export and
 * erasure cover every part, the platform's own included, so it is handed the whole list.
 */
export function platformModule(everyPart: () => readonly ServerModule[]): ServerModule {
  return {
    name: 'platform',
    registerRoutes(app, ctx) {
      registerBackupRoutes(app, ctx);
      registerPrivacyRoutes(app, ctx, allPersonalDataOf(everyPart()));
    },
    jobs: (ctx) => [
      { name: 'platform.mail_retry', everyMs: 60_000, run: () => ctx.mailer.deliverPending(ctx.db) },
      {
        name: 'privacy.erase_due_accounts',
        everyMs: 6 * 3_600_000,
        run: () => eraseDueAccounts(ctx.db, everyPart()),
      },
      // Erasure deletes a file's record with its owner; the bytes go in the next sweep.
      { name: 'platform.files_sweep', everyMs: 6 * 3_600_000, run: () => ctx.files.sweepOrphans(ctx.db) },
    ],
    personalData: [...mailPersonalData, ...filesPersonalData],
    erasePerson: (tx, person) => eraseMail(tx, person.email),
  };
}

/** Every module's personal-data tags, in module order (the export and the privacy gate read them). */
export function allPersonalDataOf(modules: readonly ServerModule[]) {
  return modules.flatMap((m) => m.personalData);
}
