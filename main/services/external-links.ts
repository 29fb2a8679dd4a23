// Opens a source in the system browser only if it is an https URL that the dataset itself cites
// (checklist #15); the renderer has already asked the user to confirm.
import type { Dataset } from '../../common/dataset/schema'
import type { Log } from '../security'

export function citedUrls(dataset: Dataset): Set<string> {
  const urls = new Set<string>()
  for (const messenger of dataset.messengers)
    for (const cell of Object.values(messenger.cells)) for (const source of cell.sources) urls.add(source.url)
  for (const event of dataset.timeline) for (const source of event.sources) urls.add(source.url)
  for (const items of Object.values(dataset.checklists)) for (const item of items) for (const source of item.sources) urls.add(source.url)
  return urls
}

export function isOpenableLink(url: string, cited: ReadonlySet<string>): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === 'https:' && !parsed.username && !parsed.password && cited.has(url)
}

export function createLinkOpener(getDataset: () => Dataset, openExternal: (url: string) => Promise<void>, log: Log) {
  return async (url: string): Promise<{ opened: boolean }> => {
    if (!isOpenableLink(url, citedUrls(getDataset()))) {
      log(`refused to open ${url}: not an https source cited by the dataset`)
      return { opened: false }
    }
    await openExternal(url)
    return { opened: true }
  }
}
