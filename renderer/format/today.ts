// Today's date as YYYY-MM-DD in UTC, for "possibly outdated" flags.
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10)
