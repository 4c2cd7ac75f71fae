import type { ServerModule } from '../../module.ts';
import { directoryDemoStep } from './demo/step.ts';
import { eraseDirectoryPerson } from './people/erasure.ts';
import { directoryPersonalData } from './personal-data.ts';
import { registerDirectoryRoutes } from './routes.ts';

/** Organizations, memberships, people's public profiles and the sectors taxonomy. */
export const directoryModule: ServerModule = {
  name: 'directory',
  registerRoutes: registerDirectoryRoutes,
  demo: [directoryDemoStep],
  personalData: directoryPersonalData,
  erasePerson: (tx, person) => eraseDirectoryPerson(tx, person.id),
};
