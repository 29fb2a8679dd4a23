// A problem found in the dataset, named precisely enough to fix: file, messenger, criterion.
export type Severity = 'error' | 'warning'

export interface DataProblem {
  severity: Severity
  file: string
  messenger?: string
  criterion?: string
  message: string
}

export function formatProblem(problem: DataProblem): string {
  const where = [
    problem.file,
    problem.messenger && `messenger "${problem.messenger}"`,
    problem.criterion && `criterion "${problem.criterion}"`
  ]
    .filter(Boolean)
    .join(', ')
  return `${problem.severity.toUpperCase()} ${where}: ${problem.message}`
}

/** Where a problem is: everything about it but its severity and message. */
export type ProblemPlace = Omit<DataProblem, 'severity' | 'message'>

export const errorAt = (place: ProblemPlace, message: string): DataProblem => ({ severity: 'error', ...place, message })
export const warningAt = (place: ProblemPlace, message: string): DataProblem => ({ severity: 'warning', ...place, message })
export const isError = (problem: DataProblem): boolean => problem.severity === 'error'
