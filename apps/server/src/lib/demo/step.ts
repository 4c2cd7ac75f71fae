import type { Role } from '@inohub/contracts/identity';
import type { AppContext } from '../../app-context.ts';
import type { Random } from './random.ts';

/** One demo account, created before the steps run (one per role; password in seed/demo-accounts.ts). */
export interface DemoLogin {
  role: Role;
  email: string;
  name: string;
  userId: string;
}

/** One part of the demo, contributed by a module; all steps run in module order in one transaction. */
export interface DemoStep {
  name: string;
  run(ctx: AppContext, random: Random, logins: DemoLogin[]): Promise<void>;
}
