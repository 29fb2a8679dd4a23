// When a fact counts as possibly outdated: shared by the data check and the UI (no dependencies).
export const STALE_AFTER_MONTHS = 6

export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1 - months, date)).toISOString().slice(0, 10)
}

export function isPossiblyOutdated(asOf: string, today: string): boolean {
  return asOf < monthsBefore(today, STALE_AFTER_MONTHS)
}
