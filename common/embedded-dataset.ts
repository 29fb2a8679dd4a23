// How the web edition carries its bundled dataset: a classic script that the boot script loads after
// the first paint (so the first screen never waits for it), which sets one global to the dataset's
// JSON text. A script, not a .json file, because from file:// a page may load scripts but not fetch.
// The single-file portable edition inlines the same script.

/** The global the dataset script sets: the dataset as JSON text (parsed by the web platform). */
export const BUNDLED_DATASET_GLOBAL = '__messengerPrivacyDatasetJson'

export const DATASET_SCRIPT_FILE = 'assets/dataset.js'

/** A JavaScript string literal for `text` that no `</script>` inside it can end early when inlined. */
export const scriptStringLiteral = (text: string) => JSON.stringify(text).replace(/</g, '\\u003c')

/** The dataset script for a dataset's JSON text: one string literal, safe inside an inline <script>. */
export const datasetScriptSource = (json: string) => `self.${BUNDLED_DATASET_GLOBAL}=${scriptStringLiteral(json)};\n`

/** The JSON text back out of a dataset script (for tests and tools that read the built files). */
export function datasetJsonFromScript(source: string): string {
  const prefix = `self.${BUNDLED_DATASET_GLOBAL}=`
  if (!source.startsWith(prefix)) throw new Error('not a dataset script')
  return JSON.parse(source.slice(prefix.length).trim().replace(/;$/, '')) as string
}
