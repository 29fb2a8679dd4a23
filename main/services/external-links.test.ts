import { describe, expect, it, vi } from 'vitest'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { citedUrls, createLinkOpener, isOpenableLink } from './external-links'

describe('opening a source in the browser', () => {
  const cited = citedUrls(fixtureDataset)

  it('collects every URL the dataset cites', () => {
    expect(cited.has('https://example.org/article')).toBe(true)
  })

  it('allows only https URLs that the dataset cites', () => {
    expect(isOpenableLink('https://example.org/article', cited)).toBe(true)
    expect(isOpenableLink('https://example.org/other', cited)).toBe(false)
    expect(isOpenableLink('http://example.org/article', new Set(['http://example.org/article']))).toBe(false)
    expect(isOpenableLink('file:///etc/passwd', new Set(['file:///etc/passwd']))).toBe(false)
    expect(isOpenableLink('not a url', cited)).toBe(false)
  })

  it('refuses a non-https link without calling the browser, and opens a cited one', async () => {
    const openExternal = vi.fn(async () => undefined)
    const log = vi.fn()
    const open = createLinkOpener(() => fixtureDataset, openExternal, log)
    expect(await open('javascript:alert(1)')).toEqual({ opened: false })
    expect(await open('http://example.org/article')).toEqual({ opened: false })
    expect(openExternal).not.toHaveBeenCalled()
    expect(await open('https://example.org/article')).toEqual({ opened: true })
    expect(openExternal).toHaveBeenCalledWith('https://example.org/article')
  })
})
