// A problem found in hand-authored data: always names the file, the feature and what is wrong,
// so that whoever edits geo/ can find it without reading the build.
export interface Problem {
  file: string;
  feature: string;
  problem: string;
}

export class DataProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataProblems';
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.feature}: ${p.problem}`;
}

/** Throws all problems at once, so one build run reports every mistake, not only the first. */
export function throwIfAny(problems: Problem[]): void {
  if (problems.length > 0) throw new DataProblems(problems);
}
