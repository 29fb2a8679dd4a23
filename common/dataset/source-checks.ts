// Each item's sources: dates that can be true, titles in both languages, a registered publisher, and
// at least one strong source. (The registry itself is checked in registry-checks.)
import { DATA_FILE_NAMES } from './data-files'
import { earliestDay } from './date-checks'
import type { DatasetCandidate } from './parse-files'
import { errorAt, type DataProblem } from './problems'
import { hasStrongSource, isCopyKind, mayRestOnUsersReports, publisherOf } from './publishers'
import type { IsoDate, Publisher, Source } from './schema'
import { labelled, sourcedItems, type SourcedItem } from './sourced-items'
import { isBareName, textProblems } from './text-checks'

function dateMessages(source: Source, at: string, today: IsoDate): string[] {
  const messages: string[] = []
  if (source.checked > today) messages.push(`${at}.checked ${source.checked} is in the future`)
  if (source.published && earliestDay(source.published) > today) messages.push(`${at}.published ${source.published} is in the future`)
  if (source.published && earliestDay(source.published) > source.checked)
    messages.push(`${at} was published (${source.published}) after it was checked (${source.checked})`)
  return messages
}

/** `github.com/owner/repo/issues/12`, a pull request, or a GitLab or Gitea issue or merge request: a
 * thread anyone can open or write in. */
const TRACKER_THREAD =
  /^https?:\/\/(?:www\.)?([^/]+\/(?:[^/]+\/)+?(?:-\/)?(?:issues|discussions|pull|pulls|merge_requests)\/\d+)(?:[/?#]|$)/

/** A tracker thread is users' words unless the registry names that very thread as the company's (a
 * developer's reply is what the cell relies on): a vendor entry for the whole tracker or organisation
 * would show any user's report as the company's word. */
function trackerThreadMessages(source: Source, at: string, publisher: Publisher): string[] {
  const thread = TRACKER_THREAD.exec(source.url)?.[1]
  if (!thread || publisher.kind !== 'vendor' || publisher.domain === thread) return []
  return [
    `${at}: ${thread} is an issue-tracker or pull-request thread shown as the company's word (${publisher.domain}); register the tracker as user-reports, or this thread itself as vendor if a developer's reply is what it is cited for`
  ]
}

function registryMessages(source: Source, at: string, publishers: readonly Publisher[]): string[] {
  const publisher = publisherOf(source.url, publishers)
  if (!publisher) return [`${at}: ${new URL(source.url).hostname} is not in ${DATA_FILE_NAMES.publishers}`]
  const threadMessages = trackerThreadMessages(source, at, publisher)
  if (threadMessages.length) return threadMessages
  if (isCopyKind(publisher) && !source.copyOf)
    return [
      `${at}: ${publisher.domain} is ${publisher.kind === 'mirror' ? 'a mirror' : 'an aggregator'}: name the original in copyOf, or cite the original`
    ]
  return []
}

/** A copy's publisher is shown as is in both languages: a plain string must be a bare name, prose needs `{ en, ru }`. */
function copyOfProblems(item: SourcedItem, source: Source, at: string): DataProblem[] {
  const publisher = source.copyOf?.publisher
  if (publisher === undefined) return []
  if (typeof publisher !== 'string') return textProblems({ [labelled(item, `${at}.copyOf.publisher`)]: publisher }, item.place)
  return isBareName(publisher)
    ? []
    : [
        errorAt(
          item.place,
          labelled(item, `${at}.copyOf.publisher "${publisher}" is not a bare name: give it in both languages as { "en", "ru" }`)
        )
      ]
}

function itemSourceProblems(item: SourcedItem, today: IsoDate, publishers: readonly Publisher[] | null): DataProblem[] {
  const error = (message: string) => errorAt(item.place, labelled(item, message))
  const problems = item.sources.flatMap((source, index) => {
    const at = `sources[${index}]`
    const titleProblems =
      typeof source.title === 'string'
        ? source.title.startsWith('[')
          ? [error(`${at}.title is a [description]: give it in both languages as { "en", "ru" }`)]
          : []
        : textProblems({ [labelled(item, `${at}.title`)]: source.title }, item.place)
    return [
      ...dateMessages(source, at, today).map(error),
      ...titleProblems,
      ...copyOfProblems(item, source, at),
      ...(publishers ? registryMessages(source, at, publishers).map(error) : [])
    ]
  })
  if (publishers && !hasStrongSource(item.sources, publishers) && !mayRestOnUsersReports(item.verdict, item.sources, publishers))
    problems.push(
      error(
        item.verdict === undefined
          ? 'no strong source (a primary or reputable publisher in the registry)'
          : "no strong source (a primary or reputable publisher in the registry; an answer that says it is not known may cite users' reports instead)"
      )
    )
  return problems
}

export function sourceChecks(candidate: DatasetCandidate, today: IsoDate): DataProblem[] {
  return sourcedItems(candidate).flatMap((item) => itemSourceProblems(item, today, candidate.publishers))
}
