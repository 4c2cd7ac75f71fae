import type { AppContext } from '../app-context.ts';
import type { DemoLogin } from './demo-accounts.ts';
import { directoryDemoStep } from './directory/step.ts';
import type { Random } from './random.ts';
import { zoneDemoStep } from './zone-demo.ts';
import { zoneFinanceDemoStep } from './zone-finance-demo.ts';

/** One part of the demo, contributed by a module; steps run in this order in one transaction. */
export interface DemoStep {
  name: string;
  run(ctx: AppContext, random: Random, logins: DemoLogin[]): Promise<void>;
}

export const DEMO_STEPS: DemoStep[] = [directoryDemoStep, zoneDemoStep, zoneFinanceDemoStep];
