// Figures on the dataset's evidence, printed by `npm run data:check`: how many references, of which
// kinds and tiers, how many are copies, which items lack a strong source, what is possibly outdated
// (and why), and the newest evidence per messenger. The closing notes of data reviews quote them.
import { latestDay, newestEvidence, type StaleReason } from './freshness'
import { hasStrongSource, isCopyKind, mayRestOnUsersReports, publisherOf } from './publishers'
import type { Dataset, Source } from './schema'
import { staleCells } from './stale-cells'

export interface EvidenceReport {
  references: number
  byKind: Record<string, number>
  byTier: Record<string, number>
  copies: number
  withoutStrongSource: string[]
  /** Answers that say it is not known, resting on users' reports alone (allowed: see mayRestOnUsersReports). */
  onUsersReportsAlone: string[]
  stale: { where: string; reason: StaleReason }[]
  newestEvidence: Record<string, string | null>
  events: number
  newestEvent: string | null
}

export function evidenceReport(dataset: Dataset, today: string): EvidenceReport {
  const items: { where: string; sources: Source[]; verdict?: string }[] = [
    ...dataset.messengers.flatMap((m) =>
      Object.entries(m.cells).map(([id, cell]) => ({ where: `${m.id}/${id}`, sources: cell.sources, verdict: cell.verdict }))
    ),
    ...Object.entries(dataset.checklists).flatMap(([m, list]) =>
      list.map((item) => ({ where: `checklist ${m}/${item.id}`, sources: item.sources }))
    ),
    ...dataset.timeline.map((event) => ({ where: `event ${event.id}`, sources: event.sources }))
  ]
  const report: EvidenceReport = {
    references: 0,
    byKind: {},
    byTier: {},
    copies: 0,
    withoutStrongSource: [],
    onUsersReportsAlone: [],
    stale: [],
    newestEvidence: {},
    events: dataset.timeline.length,
    newestEvent:
      dataset.timeline
        .map((e) => e.date)
        .sort((a, b) => latestDay(a).localeCompare(latestDay(b)))
        .at(-1) ?? null
  }
  for (const { where, sources, verdict } of items) {
    if (!hasStrongSource(sources, dataset.publishers))
      (mayRestOnUsersReports(verdict, sources, dataset.publishers) ? report.onUsersReportsAlone : report.withoutStrongSource).push(where)
    for (const source of sources) {
      const publisher = publisherOf(source.url, dataset.publishers)
      const kind = publisher?.kind ?? 'unregistered'
      report.references++
      report.byKind[kind] = (report.byKind[kind] ?? 0) + 1
      report.byTier[publisher?.tier ?? 'unregistered'] = (report.byTier[publisher?.tier ?? 'unregistered'] ?? 0) + 1
      if (publisher && isCopyKind(publisher)) report.copies++
    }
  }
  for (const messenger of dataset.messengers)
    report.newestEvidence[messenger.id] = newestEvidence(Object.values(messenger.cells).flatMap((c) => c.sources))
  report.stale = staleCells(dataset, today).map(({ messengerId, criterionId, freshness }) => ({
    where: `${messengerId}/${criterionId}`,
    reason: freshness.stale!
  }))
  return report
}

export function formatEvidenceReport(report: EvidenceReport): string {
  const count = (o: Record<string, number>) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
  const listed = (where: string[]) => `${where.length}${where.length ? ` (${where.join(', ')})` : ''}`
  const staleBy = (reason: StaleReason) => report.stale.filter((s) => s.reason === reason).length
  return [
    `Evidence: ${report.references} references; by tier: ${count(report.byTier)}; by kind: ${count(report.byKind)}.`,
    `Aggregator and mirror copies: ${report.copies} (${((100 * report.copies) / Math.max(1, report.references)).toFixed(1)} %).`,
    `Without a strong source: ${listed(report.withoutStrongSource)}; answers that say it is not known, on users' reports alone: ${listed(report.onUsersReportsAlone)}.`,
    `Possibly outdated: ${report.stale.length} cells (review due ${staleBy('review-due')}, fast-changing with evidence older than its interval ${staleBy('evidence-old')}).`,
    `Newest evidence: ${Object.entries(report.newestEvidence)
      .map(([id, date]) => `${id} ${date ?? 'none'}`)
      .join(', ')}; timeline ${report.events} events, newest ${report.newestEvent ?? 'none'}.`
  ].join('\n')
}
