import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.ts';
import type { Db } from './lib/db/types.ts';
import type { DemoStep } from './lib/demo/step.ts';
import type { ScheduledJob } from './lib/jobs/scheduler.ts';
import type { PersonalDataSpec } from './lib/privacy/personal-data.ts';

/** The person whose personal data an erasure removes (their id and address before pseudonymization). */
export interface ErasedPerson {
  id: string;
  email: string;
}

/**
 * One module's description of itself: everything the app, the scheduler, the demo seed and the
 * privacy gate need to pick it up. Each module exports one from its `module.ts` (through its
 * `index.ts`), and `modules.ts` lists them in dependency order. Tables need no entry: drizzle-kit
 * and the privacy gate find every `*.tables.ts` by its name. The web app has its own list of
 * features (apps/web/src/modules.ts) with their pages, navigation and translations.
 */
export interface ServerModule {
  /** Short name: the first segment of its routes (`/api/<name>/…`) and of its error codes. */
  readonly name: string;
  /** Registers the module's routes; each route declares its access policy (default deny). */
  registerRoutes(app: FastifyInstance, ctx: AppContext): void | Promise<void>;
  /** Scheduled work; each job runs once per tick across all instances. */
  jobs?(ctx: AppContext): ScheduledJob[];
  /** Parts of the demo, run in module order in one transaction on an empty database. */
  readonly demo?: readonly DemoStep[];
  /** Purpose and retention of every personal-data column the module owns (checked by a test). */
  readonly personalData: readonly PersonalDataSpec[];
  /**
   * Removes or pseudonymizes the module's personal data of a person whose erasure is due, inside
   * the erasure's transaction; answers how many rows of which table it touched. Modules are erased
   * in reverse dependency order, so a module's rows go before those of the modules it points to.
   */
  erasePerson?(tx: Db, person: ErasedPerson): Promise<Record<string, number>>;
}
