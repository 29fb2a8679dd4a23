// A distinct shape per verdict, so verdicts never rely on colour alone. Protection verdicts sit in a
// circle, access verdicts in a square, so the two scales differ in outline as well as in words.
import type { Verdict } from '../../../common/dataset/schema'

const PATHS: Record<Verdict, string> = {
  good: 'M4.5 8.5l2.5 2.5 5-6',
  mixed: 'M8 2.5a5.5 5.5 0 0 1 0 11z',
  poor: 'M5 5l6 6M11 5l-6 6',
  unknown: 'M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.7-.8 1.3v.4M8 11.6v.1',
  'not-offered': 'M4.5 8h7',
  // Signal bars: all three, one, or struck through.
  works: 'M4.5 12v-2M8 12v-4.5M11.5 12v-7',
  limited: 'M4.5 12v-2M8 12v-0.01M11.5 12v-0.01',
  blocked: 'M8 3.6a4.4 4.4 0 1 0 0.01 0M4.9 4.9l6.2 6.2',
  unclear: 'M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.7-.8 1.3v.4M8 11.6v.1'
}

const ACCESS: ReadonlySet<Verdict> = new Set(['works', 'limited', 'blocked', 'unclear'])

export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return (
    <svg className="verdict-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {ACCESS.has(verdict) ? (
        <rect x="1" y="1" width="14" height="14" rx="3" className="verdict-icon__ring" />
      ) : (
        <circle cx="8" cy="8" r="7" className="verdict-icon__ring" />
      )}
      <path d={PATHS[verdict]} className={`verdict-icon__mark verdict-icon__mark--${verdict}`} />
    </svg>
  )
}
