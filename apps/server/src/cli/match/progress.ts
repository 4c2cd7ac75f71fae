/** Where the CLI reports progress: a bar on a terminal, nothing otherwise. */
export interface Progress {
  /** Bytes of all input files read so far. */
  update(bytes: number): void;
  stop(): void;
}

/** Inputs smaller than this finish in well under a second: a bar would only flicker. */
export const PROGRESS_MIN_BYTES = 32 << 20;

const SILENT: Progress = { update() {}, stop() {} };

/**
 * A progress bar over the bytes of the input files, only when stderr is a terminal and the input is
 * large. cli-progress is loaded only then, so ordinary runs and tests do not pay for it.
 */
export async function createProgress(
  totalBytes: number,
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  enabled: boolean,
): Promise<Progress> {
  if (!enabled || stream.isTTY !== true || totalBytes < PROGRESS_MIN_BYTES) return SILENT;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    {
      stream,
      format: 'reading {bar} {percentage}% | {value}/{total} MiB | {duration}s',
      hideCursor: true,
      clearOnComplete: true,
      // The reader runs synchronously, so the bar redraws from update() rather than from a timer.
      synchronousUpdate: true,
    },
    Presets.shades_classic,
  );
  const mib = (bytes: number) => Math.round(bytes / (1 << 20));
  bar.start(mib(totalBytes), 0);
  return {
    update: (bytes) => bar.update(mib(bytes)),
    stop: () => bar.stop(),
  };
}
