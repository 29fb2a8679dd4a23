// The publisher registry itself: one entry per domain, tiers that fit kinds, vendors only on vendors'
// own sites, few copies among all references, and no entry nobody cites.
import { DATA_FILE_NAMES } from './data-files'
import type { DatasetCandidate } from './parse-files'
import { errorAt, warningAt, type DataProblem } from './problems'
import { COPY_SHARE_LIMIT, isCopyKind, publisherOf } from './publishers'
import { seenBefore } from './reference-checks'
import type { Messenger, Publisher } from './schema'
import { sourcedItems } from './sourced-items'
import { KIND_TIERS } from './vocabulary'

const place = { file: DATA_FILE_NAMES.publishers }

const isOfficialSite = (domain: string, messenger: Messenger): boolean =>
  messenger.officialDomains.some((official) => domain === official || domain.endsWith(`.${official}`) || domain.startsWith(`${official}/`))

function vendorMessages(publisher: Publisher, messengers: readonly Messenger[]): string[] {
  if (publisher.kind !== 'vendor') return publisher.vendorOf ? ['vendorOf is only for vendor entries'] : []
  if (!publisher.vendorOf) return ['a vendor entry must name its messengers in vendorOf']
  return publisher.vendorOf.flatMap((id) => {
    const messenger = messengers.find((m) => m.id === id)
    if (!messenger) return [`vendorOf names unknown messenger "${id}"`]
    if (isOfficialSite(publisher.domain, messenger)) return []
    return [`is labelled vendor of ${id}, but it is not one of ${id}'s officialDomains (${messenger.officialDomains.join(', ')})`]
  })
}

function entryProblems(publishers: readonly Publisher[], messengers: readonly Messenger[]): DataProblem[] {
  const isDuplicate = seenBefore()
  return publishers.flatMap((publisher) => {
    const tiers: readonly string[] = KIND_TIERS[publisher.kind]
    const messages = [
      ...(isDuplicate(publisher.domain) ? ['duplicate domain'] : []),
      ...(tiers.includes(publisher.tier) ? [] : [`tier "${publisher.tier}" does not fit kind "${publisher.kind}" (${tiers.join(', ')})`]),
      ...vendorMessages(publisher, messengers)
    ]
    return messages.map((message) => errorAt(place, `publisher "${publisher.domain}": ${message}`))
  })
}

function citationProblems(candidate: DatasetCandidate, publishers: readonly Publisher[]): DataProblem[] {
  const problems: DataProblem[] = []
  const sources = sourcedItems(candidate).flatMap((item) => item.sources)
  const cited = sources.map((source) => publisherOf(source.url, publishers)).filter((p): p is Publisher => p !== null)
  const share = sources.length ? cited.filter(isCopyKind).length / sources.length : 0
  if (share >= COPY_SHARE_LIMIT)
    problems.push(
      errorAt(
        place,
        `aggregator and mirror copies are ${(share * 100).toFixed(1)} % of ${sources.length} references (limit ${COPY_SHARE_LIMIT * 100} %): cite the originals`
      )
    )
  const citedDomains = new Set(cited.map((p) => p.domain))
  for (const publisher of publishers)
    if (!citedDomains.has(publisher.domain)) problems.push(warningAt(place, `publisher "${publisher.domain}" is not cited anywhere`))
  return problems
}

export function registryChecks(candidate: DatasetCandidate): DataProblem[] {
  const { publishers } = candidate
  if (!publishers) return []
  return [
    ...entryProblems(
      publishers,
      candidate.messengers.map((m) => m.messenger)
    ),
    ...citationProblems(candidate, publishers)
  ]
}
