// The dataset's closed vocabularies as plain constants: the schema builds its enums from these, and
// the renderer can import them without pulling the schema library into the page.
export const LANGUAGES = ['en', 'ru'] as const

/**
 * What kind of voice a publisher is (data/publishers.json), so users see when a claim rests on, say,
 * state media or a copy. Aggregators and mirrors only ever carry someone else's text.
 */
export const PUBLISHER_KINDS = [
  'vendor',
  'law',
  'regulator',
  'court',
  'press',
  'state-media',
  'ngo',
  'research',
  'aggregator',
  'mirror',
  'user-reports'
] as const
/** How far a publisher can be relied on; "strong" sources are the first two tiers. */
export const PUBLISHER_TIERS = ['primary', 'reputable', 'secondary', 'weak'] as const
export const STRONG_TIERS = ['primary', 'reputable'] as const
/** Who owns or steers a publisher: readers weigh a state outlet's account of its own state differently. */
export const STATE_AFFILIATIONS = ['none', 'russian-state', 'russian-state-aligned', 'foreign-state'] as const
/** The tiers a kind may have: a vendor's own page is primary for what it says; a copy is never strong. */
export const KIND_TIERS = {
  vendor: ['primary'],
  law: ['primary'],
  regulator: ['primary'],
  court: ['primary'],
  press: ['reputable', 'secondary'],
  'state-media': ['secondary'],
  ngo: ['reputable', 'secondary'],
  research: ['reputable', 'secondary'],
  aggregator: ['weak'],
  mirror: ['weak'],
  // An issue tracker or forum where users describe what they see: a report, never the company's word.
  'user-reports': ['secondary']
} as const satisfies Record<(typeof PUBLISHER_KINDS)[number], readonly (typeof PUBLISHER_TIERS)[number][]>

/**
 * Two questions, two scales. Protection: can the provider or the state read or obtain your messages
 * and data? Access: does it work in Russia today, and what does it take? They never share words,
 * icons or colours, so "works without a VPN" can never read as "protects you".
 */
export const SCALES = ['protection', 'access'] as const
/**
 * `not-offered`: the messenger has no such feature (Briar has no calls). Neither a strength nor a
 * weakness: "good" would say it protects your calls, "poor" that the provider can read them. The
 * bottom line and the decision guide leave it out of protection and say plainly that it is missing.
 */
export const PROTECTION_VERDICTS = ['good', 'mixed', 'poor', 'unknown', 'not-offered'] as const
export const ACCESS_VERDICTS = ['works', 'limited', 'blocked', 'unclear'] as const
export const VERDICTS = [...PROTECTION_VERDICTS, ...ACCESS_VERDICTS] as const
export const SCALE_VERDICTS = { protection: PROTECTION_VERDICTS, access: ACCESS_VERDICTS } as const
/** The verdicts that say the answer is not known (on either scale): they confirm nothing. */
export const NOT_KNOWN_VERDICTS: readonly string[] = ['unknown', 'unclear'] satisfies (typeof VERDICTS)[number][]

/**
 * What a sentence of a messenger's bottom line ("In short") claims, so the data check can hold it to
 * the verdicts of the cells it names (rules in common/dataset/in-short-rules.ts, explained in the methodology).
 */
export const CONTENT_STANCES = ['content-protected', 'content-partly', 'content-exposed'] as const
export const ACCESS_STANCES = ['access-works', 'access-limited', 'access-blocked', 'access-unclear'] as const
export const IN_SHORT_STANCES = [...CONTENT_STANCES, ...ACCESS_STANCES, 'strength', 'weakness', 'uncertain'] as const

/** `area=all` in a link means every area (renderer/logic/url-state.ts), so no area may have this id. */
export const ALL_AREAS = 'all'
