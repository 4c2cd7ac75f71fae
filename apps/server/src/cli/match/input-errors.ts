/** One problem in an input file, reported as `file:line: message` (line 0: the file as a whole). */
export interface InputProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/**
 * Collects problems across the three files so a user sees several at once, up to a limit: past it,
 * the loaders stop reading (a wrong column usually breaks every row, and a million identical lines help
 * nobody).
 */
export class InputErrors {
  readonly problems: InputProblem[] = [];
  constructor(readonly limit = 20) {}

  add(file: string, line: number, message: string): void {
    if (this.problems.length < this.limit) this.problems.push({ file, line, message });
    else this.truncated = true;
  }

  truncated = false;

  get full(): boolean {
    return this.problems.length >= this.limit;
  }

  get any(): boolean {
    return this.problems.length > 0;
  }

  /** The report for stderr: problems in file order (as given), then by line. */
  format(fileOrder: readonly string[]): string {
    const rank = (file: string) => fileOrder.indexOf(file);
    const lines = [...this.problems]
      .sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line)
      .map((p) => (p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`));
    if (this.truncated || this.full) lines.push(`(stopped after ${this.limit} problems)`);
    return lines.join('\n');
  }
}

/** Quotes an id or a value for an error message, shortening very long ones. */
export function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(shown);
}
