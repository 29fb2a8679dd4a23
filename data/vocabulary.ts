// The dataset's closed vocabularies as plain constants: the schema builds its enums from these, and
// the renderer can import them without pulling the schema library into the page.
export const LANGUAGES = ['en', 'ru'] as const
export const SOURCE_KINDS = ['vendor', 'law', 'regulator', 'court', 'press', 'state-media', 'ngo', 'research'] as const

/**
 * Two questions, two scales. Protection: can the provider or the state read or obtain your messages
 * and data? Access: does it work in Russia today, and what does it take? They never share words,
 * icons or colours, so "works without a VPN" can never read as "protects you".
 */
export const SCALES = ['protection', 'access'] as const
export const PROTECTION_VERDICTS = ['good', 'mixed', 'poor', 'unknown'] as const
export const ACCESS_VERDICTS = ['works', 'limited', 'blocked', 'unclear'] as const
export const VERDICTS = [...PROTECTION_VERDICTS, ...ACCESS_VERDICTS] as const
export const SCALE_VERDICTS = { protection: PROTECTION_VERDICTS, access: ACCESS_VERDICTS } as const

/**
 * What a sentence of a messenger's bottom line ("In short") claims, so the data check can hold it to
 * the verdicts of the cells it names (rules in data/in-short-rules.ts, explained in the methodology).
 */
export const CONTENT_STANCES = ['content-protected', 'content-partly', 'content-exposed'] as const
export const ACCESS_STANCES = ['access-works', 'access-limited', 'access-blocked', 'access-unclear'] as const
export const IN_SHORT_STANCES = [...CONTENT_STANCES, ...ACCESS_STANCES, 'strength', 'weakness', 'uncertain'] as const
