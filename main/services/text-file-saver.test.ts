import { describe, expect, it, vi } from 'vitest'
import { createTextFileSaver } from './text-file-saver'

describe('saving an export', () => {
  it('writes where the user chose in the save dialog', async () => {
    const writeFile = vi.fn(async () => undefined)
    const dialog = vi.fn(async () => ({ canceled: false, filePath: '/home/u/Documents/list.md' }))
    const save = createTextFileSaver(dialog, { writeFile }, () => '/home/u/Documents')
    expect(await save({ suggestedName: 'list.md', content: '# x', format: 'markdown' })).toEqual({ saved: true })
    expect(dialog).toHaveBeenCalledWith({ defaultPath: '/home/u/Documents/list.md', filters: [{ name: 'Markdown', extensions: ['md'] }] })
    expect(writeFile).toHaveBeenCalledWith('/home/u/Documents/list.md', '# x')
  })

  it('writes nothing when the user cancels', async () => {
    const writeFile = vi.fn(async () => undefined)
    const save = createTextFileSaver(
      async () => ({ canceled: true }),
      { writeFile },
      () => '/tmp'
    )
    expect(await save({ suggestedName: 'a.csv', content: 'x', format: 'csv' })).toEqual({ saved: false })
    expect(writeFile).not.toHaveBeenCalled()
  })
})
