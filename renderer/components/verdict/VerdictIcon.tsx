// A distinct shape per verdict, so verdicts never rely on colour alone.
import type { Verdict } from '../../../data/schema'

const PATHS: Record<Verdict, string> = {
  good: 'M4.5 8.5l2.5 2.5 5-6',
  mixed: 'M8 2.5a5.5 5.5 0 0 1 0 11z',
  poor: 'M5 5l6 6M11 5l-6 6',
  unknown: 'M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.7-.8 1.3v.4M8 11.6v.1'
}

export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return (
    <svg className="verdict-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" className="verdict-icon__ring" />
      <path d={PATHS[verdict]} className={`verdict-icon__mark verdict-icon__mark--${verdict}`} />
    </svg>
  )
}
