import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite takes no lock on its directory, and two processes on one directory silently lose
 * acknowledged writes. We hold `inohub.lock` (created with O_EXCL) holding our pid and the
 * process start time. A lock whose pid is gone, or now belongs to another process (start
 * time differs), is stale and taken over at once — so a restart after `kill -9` just works.
 */

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holderPid: number,
  ) {
    super(
      `The data directory is in use by another Inohub process (pid ${holderPid}). ` +
        `Stop it first, or use its CLI through the running server. Lock file: ${lockFile}`,
    );
  }
}

interface LockContent {
  pid: number;
  startTime: string | null;
  host?: string;
}

function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name (field 2) may contain spaces, so split after ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockContent): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    // EPERM means the process exists but belongs to someone else.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.startTime === null) return true;
  const now = processStartTime(holder.pid);
  // Without /proc (non-Linux) we cannot tell pid reuse apart: assume the holder is alive.
  return now === null || now === holder.startTime;
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'inohub.lock');
  const mine: LockContent = { pid: process.pid, startTime: processStartTime(process.pid) };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600);
      fs.writeSync(fd, JSON.stringify(mine));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LockContent;
          if (current.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: LockContent | null = null;
    try {
      holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockContent;
    } catch {
      holder = null; // half-written by a process killed mid-write: stale
    }
    if (holder && isAlive(holder)) throw new DataDirLockedError(file, holder.pid);
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not acquire ${file}`);
}
