#!/usr/bin/env node
// Entry of the `inohub` command (`npx inohub …` from the repository root).
// The sources are TypeScript run through tsx, so there is no build step to go stale.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
