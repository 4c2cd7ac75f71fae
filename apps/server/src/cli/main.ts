import { Command } from 'commander';
import { registerOpsCommands } from './commands/index.ts';
import { registerMatchCommands } from './match/command.ts';

// Each command group registers itself; heavy modules are imported inside the actions,
// so `inohub match …` never loads the web server or the database driver.
const program = new Command('inohub')
  .description('Inohub command line: seed, backup, restore, users, match')
  .showHelpAfterError();

registerOpsCommands(program);
registerMatchCommands(program);

await program.parseAsync(process.argv);
