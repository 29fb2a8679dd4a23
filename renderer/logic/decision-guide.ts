// The decision guide: from the worries and needs a person chose, sort the messengers into plain groups
// (fits · fits with a trade-off you should know · does not fit) with every reason tied to the cells it
// rests on. No points: a criterion counts once however many concerns name it, access is always a
// stated trade-off and never a reason to fit, and a provider that can read your messages never fits a
// worry about the provider or the state reading them. The rules are also stated in the methodology.
import { accessStanceOf, contentStanceOf, type AccessStance, type ContentStance } from '../../common/dataset/in-short-rules'
import type { Concern, Dataset, Messenger, Verdict } from '../../common/dataset/schema'

export const FITS = ['fits', 'trade-off', 'does-not-fit'] as const
export type Fit = (typeof FITS)[number]

/** Why a messenger does not fit: its provider can read content, or it is poor on an essential criterion. */
export interface Blocker {
  reason: 'provider-reads' | 'essential'
  /** The chosen concerns it fails. */
  concernIds: string[]
  /** The criteria (cells of this messenger) the reason rests on. */
  cells: string[]
}

/** Something to know before choosing it anyway. */
export interface TradeOff {
  reason: 'provider-reads' | 'content-partly' | 'falls-short' | 'partly' | 'not-known' | 'not-offered' | 'access'
  cells: string[]
}

export interface GuideEntry {
  messenger: Messenger
  fit: Fit
  content: ContentStance
  access: AccessStance
  blockers: Blocker[]
  tradeOffs: TradeOff[]
  /** Chosen protection criteria on which it is good. */
  meets: string[]
  /** Ordering key within a group (never shown): see `assess`. */
  standing: number[]
  /** Other messengers of the same group that stand exactly level with this one. */
  tiedWith: string[]
}

export interface GuideGroup {
  fit: Fit
  entries: GuideEntry[]
}

export interface GuideResult {
  /** Every criterion the chosen concerns bring in, once each. */
  criteria: string[]
  groups: GuideGroup[]
}

const verdictOf = (messenger: Messenger, criterionId: string): Verdict => messenger.cells[criterionId]?.verdict ?? 'unknown'

function assess(dataset: Dataset, messenger: Messenger, chosen: Concern[], criteria: string[]): Omit<GuideEntry, 'tiedWith'> {
  const { headline } = dataset
  const scaleOf = (id: string) => dataset.criteria.find((c) => c.id === id)?.scale
  const content = contentStanceOf(messenger, headline)
  const access = accessStanceOf(messenger, headline)
  const readableContent = headline.content.filter((id) => verdictOf(messenger, id) === 'poor')

  const blockers: Blocker[] = []
  const contentConcerns = chosen.filter((c) => c.aboutContent).map((c) => c.id)
  if (content === 'content-exposed' && contentConcerns.length > 0) {
    // Needs that fail on the same readable cells (private groups, private calls) are named here too.
    const failedToo = chosen.filter((c) => !c.aboutContent && c.essential.some((id) => readableContent.includes(id))).map((c) => c.id)
    blockers.push({ reason: 'provider-reads', concernIds: [...contentConcerns, ...failedToo], cells: readableContent })
  }
  const blocked = new Set(blockers.flatMap((b) => b.cells))
  for (const criterionId of criteria) {
    const verdict = verdictOf(messenger, criterionId)
    if (blocked.has(criterionId) || (verdict !== 'poor' && verdict !== 'not-offered')) continue
    // A feature it does not have fails a need (no calls, no private calls) but not a worry (no calls:
    // nothing to read); for a worry it is a trade-off below.
    const concernIds = chosen.filter((c) => c.essential.includes(criterionId) && (verdict === 'poor' || c.kind === 'need')).map((c) => c.id)
    if (concernIds.length === 0) continue
    // One line per set of failed concerns, however many of their essential criteria fail.
    const same = blockers.find((x) => x.reason === 'essential' && x.concernIds.join() === concernIds.join())
    if (same) same.cells.push(criterionId)
    else blockers.push({ reason: 'essential', concernIds, cells: [criterionId] })
  }
  const explained = new Set(blockers.flatMap((b) => b.cells))

  const tradeOffs: TradeOff[] = []
  // Said even when nobody asked: a messenger that works is never shown without who can read it.
  if (content === 'content-exposed' && contentConcerns.length === 0) {
    const cells = readableContent.filter((id) => !explained.has(id))
    if (cells.length > 0) tradeOffs.push({ reason: 'provider-reads', cells })
    cells.forEach((id) => explained.add(id))
  }
  if (content === 'content-partly') {
    const cells = headline.content.filter((id) => !['good', 'not-offered'].includes(verdictOf(messenger, id)) && !explained.has(id))
    if (cells.length > 0) tradeOffs.push({ reason: 'content-partly', cells })
    cells.forEach((id) => explained.add(id))
  }
  // What it costs to reach a blocked messenger is said with its access, not counted a second time.
  const accessLine = access !== 'access-works'
  const protection = criteria.filter(
    (id) => scaleOf(id) === 'protection' && !explained.has(id) && !(accessLine && id === headline.accessRisk)
  )
  const byVerdict = (verdict: Verdict) => protection.filter((id) => verdictOf(messenger, id) === verdict)
  for (const [reason, verdict] of [
    ['falls-short', 'poor'],
    ['partly', 'mixed'],
    ['not-known', 'unknown'],
    ['not-offered', 'not-offered']
  ] as const) {
    const cells = byVerdict(verdict)
    if (cells.length > 0) tradeOffs.push({ reason, cells })
  }
  // Access is always stated, with what it takes to reach the messenger, whether or not it was asked about.
  if (accessLine) {
    const otherAccess = criteria.filter((id) => id !== headline.access && scaleOf(id) === 'access' && verdictOf(messenger, id) !== 'works')
    tradeOffs.push({ reason: 'access', cells: [headline.access, ...otherAccess, headline.accessRisk] })
  }

  const fit: Fit = blockers.length > 0 ? 'does-not-fit' : tradeOffs.length > 0 ? 'trade-off' : 'fits'
  // Within a group: a provider that can read content after those that cannot, then fewer poor, then
  // fewer mixed or unknown verdicts among the chosen protection criteria (each counted once). The chat
  // and call encryption criteria count here too: the content stance summarises all three, so without them
  // private calls would rank calls known to be encrypted level with calls nobody documented. Access
  // orders nothing: it is stated on every entry instead.
  const chosenProtection = criteria.filter((id) => scaleOf(id) === 'protection')
  const countOf = (...verdicts: Verdict[]) => chosenProtection.filter((id) => verdicts.includes(verdictOf(messenger, id))).length
  const standing = [content === 'content-exposed' ? 2 : content === 'content-partly' ? 1 : 0, countOf('poor'), countOf('mixed', 'unknown')]
  return { messenger, fit, content, access, blockers, tradeOffs, meets: byVerdict('good'), standing }
}

const compareStanding = (a: number[], b: number[]) => a.reduce((result, value, i) => result || value - b[i]!, 0)

export function decide(dataset: Dataset, selectedConcernIds: readonly string[]): GuideResult {
  const chosen = dataset.concerns.filter((c) => selectedConcernIds.includes(c.id))
  const criteria = dataset.criteria.map((c) => c.id).filter((id) => chosen.some((c) => c.criteria.includes(id)))
  if (chosen.length === 0) return { criteria, groups: [] }

  const assessed = dataset.messengers.map((m) => assess(dataset, m, chosen, criteria))
  const groups = FITS.map((fit) => {
    const members = assessed.filter((e) => e.fit === fit)
    // "Does not fit" keeps the usual order: how badly does not matter.
    const ordered = fit === 'does-not-fit' ? members : [...members].sort((a, b) => compareStanding(a.standing, b.standing))
    const entries = ordered.map((entry) => ({
      ...entry,
      tiedWith:
        fit === 'does-not-fit'
          ? []
          : ordered.filter((other) => other !== entry && compareStanding(other.standing, entry.standing) === 0).map((o) => o.messenger.id)
    }))
    return { fit, entries }
  }).filter((group) => group.entries.length > 0)
  return { criteria, groups }
}
