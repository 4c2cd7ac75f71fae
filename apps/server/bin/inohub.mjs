#!/usr/bin/env node
// Entry of the `inohub` command (`npx inohub …` from the repository root).
// The sources are TypeScript run through tsx, so there is no build step to go stale. `inohub match …`
// takes a fast path: a cached esbuild bundle of the match command, which skips tsx's start-up
// (docs/matching.md, "Start-up"); it falls back to tsx if the bundle cannot be built.
const fast =
  process.argv[2] === 'match' && (await (await import('../src/cli/match/fast-path.mjs')).runMatchFast());
if (!fast) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
