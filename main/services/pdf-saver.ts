// "Save as PDF…" for the handout: the page's print stylesheet rendered by Chromium's PDF printer,
// written where the user chose in the native save dialog.
import type { FsPort } from './fs-port'
import type { ShowSaveDialog } from './text-file-saver'

export type PrintToPdf = (options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }) => Promise<Uint8Array>

export function createPdfSaver(
  printToPdf: () => PrintToPdf,
  showSaveDialog: ShowSaveDialog,
  fs: Pick<FsPort, 'writeFile'>,
  defaultFolder: () => string
) {
  return async (suggestedName: string): Promise<{ saved: boolean }> => {
    const result = await showSaveDialog({
      defaultPath: `${defaultFolder()}/${suggestedName}`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
    if (result.canceled || !result.filePath) return { saved: false }
    const pdf = await printToPdf()({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
    await fs.writeFile(result.filePath, pdf)
    return { saved: true }
  }
}
