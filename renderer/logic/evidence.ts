// What the app says about a source: who published it (from the registry, never a hand label),
// how strong it is and whether it is a copy. Pure, so the dialogs, lists, handout and exports all say
// the same thing (which answers are possibly outdated: common/dataset/stale-cells.ts).
import { publisherOf } from '../../common/dataset/publishers'
import type { Dataset, Language, PublisherKind, PublisherTier, Source, StateAffiliation } from '../../common/dataset/schema'

export interface SourceView {
  title: string
  /** A [description] rather than the source's own headline. */
  descriptive: boolean
  publisher: string
  kind: PublisherKind | null
  tier: PublisherTier | null
  state: StateAffiliation
  /** For a copy: whose text it carries, its publisher already in the reader's language. */
  copyOf: CopyOfView | null
}

/** A copy's original as the reader sees it: `publisher` is one string whatever the data gives. */
export interface CopyOfView {
  publisher: string
  url?: string
  title?: string
}

function describeCopyOf(copyOf: Source['copyOf'], language: Language): CopyOfView | null {
  if (!copyOf) return null
  const { publisher, ...rest } = copyOf
  return { ...rest, publisher: typeof publisher === 'string' ? publisher : publisher[language] }
}

export function describeSource(source: Source, publishers: Dataset['publishers'], language: Language): SourceView {
  const publisher = publisherOf(source.url, publishers)
  const title = typeof source.title === 'string' ? source.title : source.title[language]
  return {
    title,
    descriptive: title.startsWith('['),
    // The check refuses unregistered domains; the host name is a fallback for a pack from elsewhere.
    publisher: publisher?.name[language] ?? new URL(source.url).hostname,
    kind: publisher?.kind ?? null,
    tier: publisher?.tier ?? null,
    state: publisher?.state ?? 'none',
    // The data check makes every aggregator or mirror name its original, so a copy always has one.
    copyOf: describeCopyOf(source.copyOf, language)
  }
}

/** A headline in the quotation marks of its own language («…» for Russian, “…” otherwise); a [description] as it is. */
export const quotedTitle = ({ title, descriptive }: Pick<SourceView, 'title' | 'descriptive'>): string =>
  descriptive ? title : /[а-яё]/i.test(title) ? `«${title}»` : `“${title}”`
