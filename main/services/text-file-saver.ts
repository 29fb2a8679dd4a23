// Saves an export through the native save dialog; the renderer never sees or chooses a path.
import type { TextFileRequest } from '../../common/ipc-contract'
import { TEXT_FILE_EXTENSIONS, type TextFileFormat } from '../../common/vocabulary'
import type { FsPort } from './fs-port'

/** The save dialog's name for each file type. */
const FILTER_NAMES: Record<TextFileFormat, string> = { markdown: 'Markdown', csv: 'CSV', json: 'JSON', text: 'Text' }

export type ShowSaveDialog = (options: {
  defaultPath: string
  filters: { name: string; extensions: string[] }[]
}) => Promise<{ canceled: boolean; filePath?: string }>

export function createTextFileSaver(showSaveDialog: ShowSaveDialog, fs: Pick<FsPort, 'writeFile'>, defaultFolder: () => string) {
  return async (request: TextFileRequest): Promise<{ saved: boolean }> => {
    const result = await showSaveDialog({
      defaultPath: `${defaultFolder()}/${request.suggestedName}`,
      filters: [{ name: FILTER_NAMES[request.format], extensions: [TEXT_FILE_EXTENSIONS[request.format]] }]
    })
    if (result.canceled || !result.filePath) return { saved: false }
    await fs.writeFile(result.filePath, request.content)
    return { saved: true }
  }
}
