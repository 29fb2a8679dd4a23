// Saves an export through the native save dialog; the renderer never sees or chooses a path.
import type { TextFileRequest } from '../../common/ipc-contract'
import type { TextFileFormat } from '../../common/vocabulary'

const FILTERS: Record<TextFileFormat, { name: string; extensions: string[] }> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  text: { name: 'Text', extensions: ['txt'] }
}

export type ShowSaveDialog = (options: {
  defaultPath: string
  filters: { name: string; extensions: string[] }[]
}) => Promise<{ canceled: boolean; filePath?: string }>

export function createTextFileSaver(
  showSaveDialog: ShowSaveDialog,
  writeFile: (path: string, data: string, encoding: 'utf8') => Promise<void>,
  defaultFolder: () => string
) {
  return async (request: TextFileRequest): Promise<{ saved: boolean }> => {
    const result = await showSaveDialog({
      defaultPath: `${defaultFolder()}/${request.suggestedName}`,
      filters: [FILTERS[request.format]]
    })
    if (result.canceled || !result.filePath) return { saved: false }
    await writeFile(result.filePath, request.content, 'utf8')
    return { saved: true }
  }
}
