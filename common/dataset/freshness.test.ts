import { describe, expect, it } from 'vitest'
import { addMonths, freshnessOf, latestDay, monthsBefore, newestEvidence } from './freshness'

const item = (reviewed: string, ...published: string[]) => ({ reviewed, sources: published.map((p) => ({ published: p })) })

describe('freshness: one rule, two dates', () => {
  it('shifts by months and clamps to the end of shorter months', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
  })

  it('counts six months back across a year boundary', () => {
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15')
  })

  it('reads partial dates as late as they can mean, and finds the newest evidence', () => {
    expect(latestDay('2024')).toBe('2024-12-31')
    expect(latestDay('2024-02')).toBe('2024-02-29')
    expect(newestEvidence([{ published: '2026-04' }, { published: '2026-04-15' }, {}])).toBe('2026-04')
    expect(newestEvidence([{}])).toBeNull()
  })

  it('does not flag a stable fact reviewed this month, however old its evidence', () => {
    expect(freshnessOf(item('2026-12-01', '2016-04'), 12, '2026-12-02').stale).toBeNull()
  })

  it('flags a fact not reviewed within its interval', () => {
    const freshness = freshnessOf(item('2025-11-30', '2025-11-01'), 12, '2026-12-02')
    expect(freshness.stale).toBe('review-due')
    expect(freshness.reviewDue).toBe('2026-11-30')
    expect(freshnessOf(item('2025-12-02', '2025-11-01'), 12, '2026-12-02').stale).toBeNull()
  })

  it('flags a fast-changing answer whose evidence is months old, even if reviewed today', () => {
    expect(freshnessOf(item('2026-12-02', '2026-04-15'), 1, '2026-12-02').stale).toBe('evidence-old')
    expect(freshnessOf(item('2026-12-02', '2026-11-20'), 1, '2026-12-02').stale).toBeNull()
    // Undated evidence cannot show that a blocking status is current.
    expect(freshnessOf(item('2026-12-02'), 1, '2026-12-02').stale).toBe('evidence-old')
  })

  it('only monthly criteria are held to the age of their evidence', () => {
    expect(freshnessOf(item('2026-12-02', '2026-04-15'), 3, '2026-12-02').stale).toBeNull()
  })
})
