// The dataset's files as they are on disk, before any check: their names and their raw JSON contents.

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

/** `messengers/max.json` → `max`: the id a messenger file must have. */
export const messengerIdOfFile = (file: string): string => file.replace(/^.*\//, '').replace(/\.json$/, '')
