// Builds the C++ floor with g++ -O2 into bench/.out when g++ is present and a binary is stale: the
// floor itself, and its variant interning ids with std::unordered_map (-DFLOOR_STD_MAP).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FloorBinaries {
  readonly floor: string;
  readonly stdMap: string;
}

export function buildFloor(outDir: string): FloorBinaries | undefined {
  if (spawnSync('g++', ['--version']).status !== 0) return undefined;
  const source = join(import.meta.dirname, 'floor.cpp');
  const build = (binary: string, flags: string[]) => {
    if (existsSync(binary) && statSync(binary).mtimeMs > statSync(source).mtimeMs) return binary;
    const built = spawnSync('g++', ['-O2', '-std=c++17', ...flags, '-o', binary, source], {
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`g++ failed:\n${built.stderr}`);
    return binary;
  };
  return {
    floor: build(join(outDir, 'match-floor'), []),
    stdMap: build(join(outDir, 'match-floor-stdmap'), ['-DFLOOR_STD_MAP']),
  };
}
