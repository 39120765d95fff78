/** One problem in an input file; row is 1-based as a spreadsheet shows it (header = row 1). */
export interface InputIssue {
  file: string;
  row?: number;
  column?: string;
  message: string;
}

export function formatIssue(i: InputIssue): string {
  const where = [i.file, i.row !== undefined ? `rij ${i.row}` : undefined, i.column ? `kolom '${i.column}'` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${i.message}`;
}

/** Thrown when inputs are invalid; carries every issue found so the user can fix them in one go. */
export class InputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(
      `${issues.length} fout(en) in de invoer:\n` +
        issues
          .slice(0, 50)
          .map((i) => `  - ${formatIssue(i)}`)
          .join('\n') +
        (issues.length > 50 ? `\n  … en ${issues.length - 50} meer` : ''),
    );
    this.name = 'InputError';
  }
}
