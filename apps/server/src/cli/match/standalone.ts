// Entry of the bundled fast path (fast-path.mjs): the `match` commands alone, without the other command
// groups, so the bundle holds nothing but the match CLI and the engine.
import { Command } from 'commander';
import { registerMatchCommands } from './command.ts';

const program = new Command('inohub').showHelpAfterError();
registerMatchCommands(program);
await program.parseAsync(process.argv);
