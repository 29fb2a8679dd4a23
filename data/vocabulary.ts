// The dataset's closed vocabularies as plain constants: the schema builds its enums from these, and
// the renderer can import them without pulling the schema library into the page.
export const LANGUAGES = ['en', 'ru'] as const
export const VERDICTS = ['good', 'mixed', 'poor', 'unknown'] as const
export const SOURCE_KINDS = ['vendor', 'law', 'regulator', 'court', 'press', 'state-media', 'ngo', 'research'] as const
