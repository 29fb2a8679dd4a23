import { describe, expect, it, vi } from 'vitest'
import { createPdfSaver } from './pdf-saver'

describe('saving the handout as PDF', () => {
  it('prints the page to A4 and writes it where the user chose', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46])
    const printToPdf = vi.fn(async () => pdf)
    const writeFile = vi.fn(async () => undefined)
    const save = createPdfSaver(
      () => printToPdf,
      async () => ({ canceled: false, filePath: '/docs/handout.pdf' }),
      { writeFile },
      () => '/docs'
    )
    expect(await save('handout.pdf')).toEqual({ saved: true })
    expect(printToPdf).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(writeFile).toHaveBeenCalledWith('/docs/handout.pdf', pdf)
  })

  it('prints nothing when the user cancels', async () => {
    const printToPdf = vi.fn()
    const save = createPdfSaver(
      () => printToPdf,
      async () => ({ canceled: true }),
      { writeFile: vi.fn() },
      () => '/docs'
    )
    expect(await save('handout.pdf')).toEqual({ saved: false })
    expect(printToPdf).not.toHaveBeenCalled()
  })
})
