import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCase } from './test-helpers.ts';

// The real command, as `npx inohub` runs it: bin/inohub.mjs → main.ts → registerMatchCommands.
const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'inohub.mjs');
const inohub = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('inohub match solve (process)', () => {
  it('exits 0, writes M.csv and prints the summary to stderr only', () => {
    const c = writeCase({
      C: 'program_id,capacity\nA,1\n',
      S: 'student_id,program_id,rank\nx,A,1\ny,A,1\n',
      P: 'program_id,student_id,rank\nA,y,1\nA,x,2\n',
    });
    try {
      const run = inohub([
        'match',
        'solve',
        '--capacities',
        c.capacities,
        '--students',
        c.students,
        '--programs',
        c.programs,
        '--out',
        c.out,
      ]);
      expect(run.stderr).toMatch(/matched +1 \(50\.0 %\)/);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
      expect(readFileSync(c.out, 'utf8')).toBe('student_id,program_id\nx,\ny,A\n');
    } finally {
      rmSync(c.dir, { recursive: true, force: true });
    }
  });

  it('exits non-zero with file:line on bad input and writes nothing', () => {
    const c = writeCase({
      C: 'program_id,capacity\nA,-1\n',
      S: 'student_id,program_id,rank\n',
      P: 'program_id,student_id,rank\n',
    });
    try {
      const run = inohub([
        'match',
        'solve',
        '--capacities',
        c.capacities,
        '--students',
        c.students,
        '--programs',
        c.programs,
        '--out',
        c.out,
      ]);
      expect(run.stderr).toContain(`${c.capacities}:2: capacity "-1" is negative`);
      expect(run.status).toBe(1);
      expect(existsSync(c.out)).toBe(false);
    } finally {
      rmSync(c.dir, { recursive: true, force: true });
    }
  });

  it('gives the same result through the bundled fast path', () => {
    const c = writeCase({
      C: 'program_id,capacity\nA,1\n',
      S: 'student_id,program_id,rank\n😀,A,1\nＡ,A,1\n',
      P: 'program_id,student_id,rank\nA,😀,1\nA,Ａ,2\n',
    });
    try {
      const fastPath = join(import.meta.dirname, 'fast-path.mjs');
      const args = [
        'match',
        'solve',
        '--capacities',
        c.capacities,
        '--students',
        c.students,
        '--programs',
        c.programs,
      ];
      const run = spawnSync(process.execPath, [fastPath, ...args, '--out', c.out], { encoding: 'utf8' });
      expect(run.stderr).toMatch(/matched +1 /);
      expect(run.status).toBe(0);
      expect(readFileSync(c.out, 'utf8')).toBe('student_id,program_id\nＡ,\n😀,A\n');
    } finally {
      rmSync(c.dir, { recursive: true, force: true });
    }
  });

  it('requires every option', () => {
    const run = inohub(['match', 'solve', '--capacities', 'C.csv']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/required option '--students <S\.csv>' not specified/);
  });
});
