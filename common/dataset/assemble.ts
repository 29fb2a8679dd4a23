// Validates the dataset's files and assembles them into one Dataset, reporting every problem it finds.
// Pure: it takes already-parsed file contents and today's date, so build, tests and main share it.
import type { z } from 'zod'
import {
  ChecklistsFileSchema,
  ConcernsFileSchema,
  CriteriaFileSchema,
  DatasetMetaSchema,
  MessengerSchema,
  MethodologyFileSchema,
  PublishersFileSchema,
  TimelineFileSchema,
  type Dataset,
  type IsoDate,
  type LocalizedText,
  type Messenger,
  type Publisher,
  type Source
} from './schema'
import { freshnessOf, newestEvidence, type Freshness } from './freshness'
import { COPY_SHARE_LIMIT, isCopyKind, isStrongTier, publisherOf } from './publishers'
import { inShortProblems } from './in-short-rules'
import type { DataProblem } from './problems'
import { KIND_TIERS, SCALE_VERDICTS } from './vocabulary'

/** The dataset's files, parsed from JSON, keyed by their path relative to `data/`. */
export interface DataFiles {
  meta: unknown
  criteria: unknown
  timeline: unknown
  methodology: unknown
  checklists: unknown
  concerns: unknown
  publishers: unknown
  /** `messengers/<id>.json` → content. */
  messengers: Record<string, unknown>
}

export const DATA_FILE_NAMES = {
  meta: 'meta.json',
  criteria: 'criteria.json',
  timeline: 'timeline.json',
  methodology: 'methodology.json',
  checklists: 'checklists.json',
  concerns: 'concerns.json',
  publishers: 'publishers.json',
  messengersDir: 'messengers'
} as const

export interface AssembleResult {
  /** Present only when there are no errors (warnings allowed). */
  dataset: Dataset | null
  problems: DataProblem[]
}

const CYRILLIC = /\p{Script=Cyrillic}/gu
const LATIN = /\p{Script=Latin}/gu

/** Short texts are often mostly names ("Meta Platforms, США"); longer ones must be mostly Cyrillic. */
const SHORT_TEXT = 60

/** Russian text must be Russian; names such as "WhatsApp" or "MTProto" may stay Latin. */
export function looksRussian(text: string): boolean {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0
  const latin = text.match(LATIN)?.length ?? 0
  return cyrillic > 0 && (text.length < SHORT_TEXT || cyrillic >= latin * 0.6)
}

/** English text must not be (mostly) Russian: catches swapped or untranslated fields. */
export function looksEnglish(text: string): boolean {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0
  const latin = text.match(LATIN)?.length ?? 0
  return latin > 0 && cyrillic <= latin * 0.2
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → the first day it can mean, for "not in the future" checks. */
const earliestDay = (partial: string): string =>
  partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial

function schemaProblems<T>(
  schema: z.ZodType<T>,
  content: unknown,
  file: string,
  problems: DataProblem[],
  messenger?: string
): T | null {
  const result = schema.safeParse(content)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = issue.path.map(String)
    const criterion = path[0] === 'cells' ? path[1] : undefined
    problems.push({
      severity: 'error',
      file,
      ...(messenger && { messenger }),
      ...(criterion && { criterion }),
      message: `${path.join('.') || '(file)'}: ${issue.message}`
    })
  }
  return null
}

function checkTexts(
  texts: Record<string, LocalizedText>,
  where: Omit<DataProblem, 'severity' | 'message'>,
  problems: DataProblem[]
): void {
  for (const [field, text] of Object.entries(texts)) {
    if (!looksRussian(text.ru))
      problems.push({ severity: 'error', ...where, message: `${field}.ru is not Russian text: "${text.ru.slice(0, 60)}"` })
    if (!looksEnglish(text.en))
      problems.push({ severity: 'error', ...where, message: `${field}.en is not English text: "${text.en.slice(0, 60)}"` })
  }
}

type Where = Omit<DataProblem, 'severity' | 'message'>

/** Dates, publishers and titles of one item's sources, and that at least one of them is strong. */
function checkSources(
  sources: Source[],
  today: IsoDate,
  publishers: readonly Publisher[] | null,
  where: Where,
  problems: DataProblem[],
  label = ''
): void {
  const prefix = label ? `${label}: ` : ''
  const error = (message: string) => problems.push({ severity: 'error', ...where, message: prefix + message })
  sources.forEach((source, index) => {
    const at = `sources[${index}]`
    if (source.checked > today) error(`${at}.checked ${source.checked} is in the future`)
    if (source.published && earliestDay(source.published) > today) error(`${at}.published ${source.published} is in the future`)
    if (source.published && earliestDay(source.published) > source.checked)
      error(`${at} was published (${source.published}) after it was checked (${source.checked})`)
    if (typeof source.title === 'string') {
      if (source.title.startsWith('['))
        error(`${at}.title is a [description]: give it in both languages as { "en", "ru" }`)
    } else {
      if (!looksRussian(source.title.ru)) error(`${at}.title.ru is not Russian text: "${source.title.ru.slice(0, 60)}"`)
      if (!looksEnglish(source.title.en)) error(`${at}.title.en is not English text: "${source.title.en.slice(0, 60)}"`)
    }
    if (!publishers) return
    const publisher = publisherOf(source.url, publishers)
    if (!publisher) error(`${at}: ${new URL(source.url).hostname} is not in ${DATA_FILE_NAMES.publishers}`)
    else if (isCopyKind(publisher) && !source.copyOf)
      error(`${at}: ${publisher.domain} is ${publisher.kind === 'mirror' ? 'a mirror' : 'an aggregator'}: name the original in copyOf, or cite the original`)
  })
  if (publishers && !sources.some((s) => isStrongTier(publisherOf(s.url, publishers)?.tier ?? 'weak')))
    error('no strong source (a primary or reputable publisher in the registry)')
}

/** The registry itself: one entry per domain, tiers that fit kinds, vendors only on vendors' own sites. */
function checkPublishers(publishers: readonly Publisher[], messengers: readonly Messenger[], problems: DataProblem[]): void {
  const file = DATA_FILE_NAMES.publishers
  const seen = new Set<string>()
  for (const publisher of publishers) {
    const label = `publisher "${publisher.domain}"`
    const error = (message: string) => problems.push({ severity: 'error', file, message: `${label}: ${message}` })
    if (seen.has(publisher.domain)) error('duplicate domain')
    seen.add(publisher.domain)
    const tiers: readonly string[] = KIND_TIERS[publisher.kind]
    if (!tiers.includes(publisher.tier)) error(`tier "${publisher.tier}" does not fit kind "${publisher.kind}" (${tiers.join(', ')})`)
    if (publisher.kind !== 'vendor') {
      if (publisher.vendorOf) error('vendorOf is only for vendor entries')
      continue
    }
    if (!publisher.vendorOf) {
      error('a vendor entry must name its messengers in vendorOf')
      continue
    }
    for (const id of publisher.vendorOf) {
      const messenger = messengers.find((m) => m.id === id)
      if (!messenger) error(`vendorOf names unknown messenger "${id}"`)
      else if (!messenger.officialDomains.some((official) => publisher.domain === official || publisher.domain.endsWith(`.${official}`) || publisher.domain.startsWith(`${official}/`)))
        error(`is labelled vendor of ${id}, but it is not one of ${id}'s officialDomains (${messenger.officialDomains.join(', ')})`)
    }
  }
}

function staleMessage(freshness: Freshness): string {
  return freshness.stale === 'review-due'
    ? `not reviewed since ${freshness.reviewed}; its criterion is reviewed every ${freshness.intervalMonths} month(s)`
    : `newest evidence (${freshness.evidence ?? 'undated'}) is older than ${freshness.intervalMonths} month(s) for a fast-changing criterion: look for newer`
}

/** Reviewed dates: not in the future, not before the newest evidence existed; possibly outdated is a warning. */
function checkReview(item: { reviewed: IsoDate; sources: Source[] }, months: number, today: IsoDate, where: Where, problems: DataProblem[], label = ''): void {
  const prefix = label ? `${label}: ` : ''
  const evidence = newestEvidence(item.sources)
  if (item.reviewed > today) problems.push({ severity: 'error', ...where, message: `${prefix}reviewed ${item.reviewed} is in the future` })
  else if (evidence && earliestDay(evidence) > item.reviewed)
    problems.push({ severity: 'error', ...where, message: `${prefix}reviewed ${item.reviewed} before its newest source was published (${evidence})` })
  else {
    const freshness = freshnessOf(item, months, today)
    if (freshness.stale) problems.push({ severity: 'warning', ...where, message: prefix + staleMessage(freshness) })
  }
}

/** Compared messengers first in `preferredOrder`, then the rest by name; references last. */
function orderMessengers(messengers: Messenger[], preferredOrder: readonly string[]): Messenger[] {
  const rank = (m: Messenger) => {
    const index = preferredOrder.indexOf(m.id)
    return index === -1 ? preferredOrder.length : index
  }
  return [...messengers].sort(
    (a, b) =>
      Number(a.reference) - Number(b.reference) || rank(a) - rank(b) || a.name.localeCompare(b.name)
  )
}

export const PREFERRED_MESSENGER_ORDER = ['whatsapp', 'telegram', 'max', 'signal'] as const

export function assembleDataset(files: DataFiles, today: IsoDate): AssembleResult {
  const problems: DataProblem[] = []
  const meta = schemaProblems(DatasetMetaSchema, files.meta, DATA_FILE_NAMES.meta, problems)
  const criteriaFile = schemaProblems(CriteriaFileSchema, files.criteria, DATA_FILE_NAMES.criteria, problems)
  const timelineFile = schemaProblems(TimelineFileSchema, files.timeline, DATA_FILE_NAMES.timeline, problems)
  const methodologyFile = schemaProblems(MethodologyFileSchema, files.methodology, DATA_FILE_NAMES.methodology, problems)
  const checklistsFile = schemaProblems(ChecklistsFileSchema, files.checklists, DATA_FILE_NAMES.checklists, problems)
  const concernsFile = schemaProblems(ConcernsFileSchema, files.concerns, DATA_FILE_NAMES.concerns, problems)
  const publishersFile = schemaProblems(PublishersFileSchema, files.publishers, DATA_FILE_NAMES.publishers, problems)
  const publishers = publishersFile?.publishers ?? null

  if (meta && meta.date > today)
    problems.push({ severity: 'error', file: DATA_FILE_NAMES.meta, message: `date ${meta.date} is in the future` })

  const messengers: Messenger[] = []
  const messengerFileEntries = Object.entries(files.messengers)
  if (messengerFileEntries.length === 0)
    problems.push({ severity: 'error', file: DATA_FILE_NAMES.messengersDir, message: 'no messenger files' })

  for (const [file, content] of messengerFileEntries) {
    const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '')
    const messenger = schemaProblems(MessengerSchema, content, file, problems, expectedId)
    if (!messenger) continue
    const where = { file, messenger: messenger.id }
    if (messenger.id !== expectedId)
      problems.push({ severity: 'error', ...where, message: `id "${messenger.id}" does not match the file name` })
    if (messengers.some((m) => m.id === messenger.id))
      problems.push({ severity: 'error', ...where, message: 'duplicate messenger id' })
    // The operator is a company name, often Latin in both languages: only its presence is checked (schema).

    if (criteriaFile) {
      const known = new Set(criteriaFile.criteria.map((c) => c.id))
      for (const criterion of criteriaFile.criteria)
        // Own properties only: an id such as "constructor" must not find Object.prototype's.
        if (!Object.hasOwn(messenger.cells, criterion.id))
          problems.push({ severity: 'error', ...where, criterion: criterion.id, message: 'missing cell' })
      for (const id of Object.keys(messenger.cells))
        if (!known.has(id))
          problems.push({ severity: 'error', ...where, criterion: id, message: 'cell for a criterion that does not exist in criteria.json' })
    }

    for (const [criterionId, cell] of Object.entries(messenger.cells)) {
      const cellWhere = { ...where, criterion: criterionId }
      const scale = criteriaFile?.criteria.find((c) => c.id === criterionId)?.scale
      if (scale && !(SCALE_VERDICTS[scale] as readonly string[]).includes(cell.verdict))
        problems.push({ severity: 'error', ...cellWhere, message: `verdict "${cell.verdict}" is not on the ${scale} scale (${SCALE_VERDICTS[scale].join(', ')})` })
      checkTexts({ answer: cell.answer, summary: cell.summary, notes: cell.notes }, cellWhere, problems)
      checkSources(cell.sources, today, publishers, cellWhere, problems)
      const criterion = criteriaFile?.criteria.find((c) => c.id === criterionId)
      if (criterion) checkReview(cell, criterion.review.months, today, cellWhere, problems)
    }
    messenger.inShort.forEach((sentence, index) => checkTexts({ [`inShort[${index}].text`]: sentence.text }, where, problems))
    if (criteriaFile)
      for (const message of inShortProblems(messenger, criteriaFile.criteria, criteriaFile.headline))
        problems.push({ severity: 'error', ...where, message })
    messengers.push(messenger)
  }

  if (criteriaFile) {
    const areaIds = new Set(criteriaFile.areas.map((a) => a.id))
    const seen = new Set<string>()
    for (const criterion of criteriaFile.criteria) {
      const where = { file: DATA_FILE_NAMES.criteria, criterion: criterion.id }
      if (!areaIds.has(criterion.area))
        problems.push({ severity: 'error', ...where, message: `unknown area "${criterion.area}"` })
      if (seen.has(criterion.id)) problems.push({ severity: 'error', ...where, message: 'duplicate criterion id' })
      seen.add(criterion.id)
      checkTexts({ title: criterion.title, question: criterion.question }, where, problems)
    }
    for (const area of criteriaFile.areas)
      checkTexts({ title: area.title, description: area.description }, { file: DATA_FILE_NAMES.criteria }, problems)
    const { headline } = criteriaFile
    const scaleOf = (id: string) => criteriaFile.criteria.find((c) => c.id === id)?.scale
    const expectScale = (id: string, scale: string, role: string) => {
      if (scaleOf(id) !== scale)
        problems.push({ severity: 'error', file: DATA_FILE_NAMES.criteria, criterion: id, message: `headline.${role}: must be an existing ${scale} criterion` })
    }
    headline.content.forEach((id) => expectScale(id, 'protection', 'content'))
    expectScale(headline.access, 'access', 'access')
    expectScale(headline.accessRisk, 'protection', 'accessRisk')
  }

  if (timelineFile) {
    const messengerIds = new Set(messengers.map((m) => m.id))
    const seen = new Set<string>()
    for (const event of timelineFile.events) {
      const where = { file: DATA_FILE_NAMES.timeline }
      const label = `event "${event.id}"`
      if (seen.has(event.id)) problems.push({ severity: 'error', ...where, message: `${label}: duplicate id` })
      seen.add(event.id)
      if (earliestDay(event.date) > today)
        problems.push({ severity: 'error', ...where, message: `${label}: date ${event.date} is in the future` })
      for (const id of event.messengers)
        if (!messengerIds.has(id))
          problems.push({ severity: 'error', ...where, message: `${label}: unknown messenger "${id}"` })
      checkTexts({ [`${label} title`]: event.title, [`${label} summary`]: event.summary }, where, problems)
      checkSources(event.sources, today, publishers, where, problems, label)
    }
  }

  if (methodologyFile)
    for (const section of methodologyFile.sections)
      checkTexts({ [`section "${section.id}" title`]: section.title, [`section "${section.id}" body`]: section.body }, { file: DATA_FILE_NAMES.methodology }, problems)

  if (checklistsFile) {
    const file = DATA_FILE_NAMES.checklists
    for (const messenger of messengers)
      if (!Object.hasOwn(checklistsFile.checklists, messenger.id))
        problems.push({ severity: 'error', file, messenger: messenger.id, message: 'no checklist for this messenger' })
    for (const [messengerId, items] of Object.entries(checklistsFile.checklists)) {
      const where = { file, messenger: messengerId }
      if (!messengers.some((m) => m.id === messengerId))
        problems.push({ severity: 'error', ...where, message: 'checklist for a messenger that does not exist' })
      const seen = new Set<string>()
      for (const item of items) {
        const label = `item "${item.id}"`
        if (seen.has(item.id)) problems.push({ severity: 'error', ...where, message: `${label}: duplicate id` })
        seen.add(item.id)
        checkReview(item, checklistsFile.review.months, today, where, problems, label)
        checkTexts({ [`${label} title`]: item.title, [`${label} detail`]: item.detail }, where, problems)
        checkSources(item.sources, today, publishers, where, problems, label)
      }
    }
  }

  if (concernsFile && criteriaFile) {
    const file = DATA_FILE_NAMES.concerns
    const criterionIds = new Set(criteriaFile.criteria.map((c) => c.id))
    const concernIds = new Set(concernsFile.concerns.map((c) => c.id))
    for (const concern of concernsFile.concerns) {
      const label = `concern "${concern.id}"`
      for (const id of concern.criteria)
        if (!criterionIds.has(id)) problems.push({ severity: 'error', file, criterion: id, message: `${label}: unknown criterion` })
      // A criterion can only be a dealbreaker on the protection scale: access is always a stated trade-off.
      for (const id of concern.essential) {
        if (!concern.criteria.includes(id))
          problems.push({ severity: 'error', file, criterion: id, message: `${label}: essential criterion is not among its criteria` })
        else if (criteriaFile.criteria.find((c) => c.id === id)?.scale !== 'protection')
          problems.push({ severity: 'error', file, criterion: id, message: `${label}: only protection criteria can be essential` })
      }
      checkTexts({ [`${label} title`]: concern.title, [`${label} description`]: concern.description }, { file }, problems)
    }
    for (const preset of concernsFile.presets) {
      const label = `preset "${preset.id}"`
      for (const id of preset.concerns)
        if (!concernIds.has(id)) problems.push({ severity: 'error', file, message: `${label}: unknown concern "${id}"` })
      checkTexts({ [`${label} title`]: preset.title, [`${label} description`]: preset.description }, { file }, problems)
    }
  }

  if (publishers) {
    checkPublishers(publishers, messengers, problems)
    const cited = new Set<string>()
    let copies = 0
    const allSources = [
      ...messengers.flatMap((m) => Object.values(m.cells).flatMap((c) => c.sources)),
      ...(timelineFile?.events.flatMap((e) => e.sources) ?? []),
      ...Object.values(checklistsFile?.checklists ?? {}).flatMap((items) => items.flatMap((i) => i.sources))
    ]
    for (const source of allSources) {
      const publisher = publisherOf(source.url, publishers)
      if (publisher) cited.add(publisher.domain)
      if (publisher && isCopyKind(publisher)) copies++
    }
    const share = allSources.length ? copies / allSources.length : 0
    if (share >= COPY_SHARE_LIMIT)
      problems.push({
        severity: 'error',
        file: DATA_FILE_NAMES.publishers,
        message: `aggregator and mirror copies are ${(share * 100).toFixed(1)} % of ${allSources.length} references (limit ${COPY_SHARE_LIMIT * 100} %): cite the originals`
      })
    for (const publisher of publishers)
      if (!cited.has(publisher.domain))
        problems.push({ severity: 'warning', file: DATA_FILE_NAMES.publishers, message: `publisher "${publisher.domain}" is not cited anywhere` })
  }

  const hasErrors = problems.some((p) => p.severity === 'error')
  if (hasErrors || !meta || !criteriaFile || !timelineFile || !methodologyFile || !checklistsFile || !concernsFile || !publishers)
    return { dataset: null, problems }

  return {
    dataset: {
      version: meta.version,
      date: meta.date,
      areas: criteriaFile.areas,
      criteria: criteriaFile.criteria,
      headline: criteriaFile.headline,
      messengers: orderMessengers(messengers, PREFERRED_MESSENGER_ORDER),
      timeline: [...timelineFile.events].sort((a, b) => a.date.localeCompare(b.date)),
      methodology: methodologyFile.sections,
      checklists: checklistsFile.checklists,
      checklistReview: checklistsFile.review,
      concerns: concernsFile.concerns,
      presets: concernsFile.presets,
      publishers
    },
    problems
  }
}
