import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../test/fixtures/dataset'
import { ALL_AREAS } from '../../common/dataset/vocabulary'
import { DEFAULT_URL_STATE, formatHash, isClosing, isNavigation, parseHash, type UrlState } from './url-state'

const state = (overrides: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...overrides })

describe('the view in the address', () => {
  it('round-trips a full view', () => {
    const view = state({
      screen: 'compare',
      cell: { messengerId: 'alpha', criterionId: 'availability-ru' },
      query: 'секретные чаты & more',
      areaFilter: 'encryption',
      hiddenMessengers: ['beacon'],
      addedMessengers: ['alpha'],
      slide: 2,
      comparePair: ['beacon', 'alpha']
    })
    const hash = formatHash(view)
    expect(hash).toMatch(/^#\/compare\?cell=alpha\/availability-ru&q=/)
    expect(parseHash(hash, fixtureDataset)).toEqual(view)
  })

  it('keeps, of a hand-made list of additions, only those compared (at most six at once), once each', () => {
    const many = {
      ...fixtureDataset,
      messengers: Array.from({ length: 9 }, (_, i) => ({ ...fixtureDataset.messengers[0]!, id: `m${i}`, reference: false })),
      defaultMessengers: ['m0', 'm1', 'm2']
    }
    // Three defaults, one of them hidden: four more fit; the fifth addition and the repeat are dropped.
    const parsed = parseHash('#/matrix?hide=m1&add=m3,m4,m3,m5,m6,m7', many)
    expect(parsed.hiddenMessengers).toEqual(['m1'])
    expect(parsed.addedMessengers).toEqual(['m3', 'm4', 'm5', 'm6'])
    // Nothing hidden: three more fit.
    expect(parseHash('#/matrix?add=m3,m4,m5,m6', many).addedMessengers).toEqual(['m3', 'm4', 'm5'])
  })

  it('names every area and the default messengers in a presentation link, so its slide number means the same deck', () => {
    const presenting = state({ slide: 3, hiddenMessengers: [], addedMessengers: [] })
    const hash = formatHash(presenting)
    expect(hash).toBe('#/matrix?area=all&hide=&slide=4')
    expect(parseHash(hash, fixtureDataset)).toMatchObject({ areaFilter: ALL_AREAS, hiddenMessengers: [], slide: 3 })
    // Outside a presentation the defaults stay out of the address, and a chosen area or messenger is written as ever.
    expect(formatHash({ ...presenting, slide: null })).toBe('#/matrix')
    expect(formatHash({ ...presenting, areaFilter: 'encryption', addedMessengers: ['alpha'] })).toBe(
      '#/matrix?area=encryption&add=alpha&slide=4'
    )
  })

  it('writes nothing for the default view but its screen', () => {
    expect(formatHash(DEFAULT_URL_STATE)).toBe('#/matrix')
    expect(parseHash('', fixtureDataset)).toEqual(DEFAULT_URL_STATE)
  })

  it('opens the default view for a malformed or unknown hash, without throwing', () => {
    for (const hash of [
      '#%E0%A4%A',
      '#/nowhere',
      '#/matrix?cell=../../etc',
      '#/matrix?cell=alpha/no-such',
      '#/matrix?slide=999',
      '#/matrix?slide=-1',
      '#/matrix?area=<script>'
    ])
      expect(parseHash(hash, fixtureDataset)).toMatchObject({ cell: null, slide: null, areaFilter: null })
    expect(parseHash('#/nowhere', fixtureDataset).screen).toBe('matrix')
    expect(parseHash('#/matrix?hide=alpha,ghost,..', fixtureDataset).hiddenMessengers).toEqual(['alpha'])
    expect(parseHash(`#/matrix?q=${'x'.repeat(500)}`, fixtureDataset).query).toHaveLength(200)
  })

  it('counts opening and closing as steps Back undoes, typing and slides not', () => {
    const open = state({ cell: { messengerId: 'alpha', criterionId: 'availability-ru' } })
    expect(isNavigation(DEFAULT_URL_STATE, open)).toBe(true)
    expect(isClosing(open, DEFAULT_URL_STATE)).toBe(true)
    expect(isNavigation(DEFAULT_URL_STATE, state({ query: 'x' }))).toBe(false)
    expect(isNavigation(state({ slide: 0 }), state({ slide: 1 }))).toBe(false)
    expect(isNavigation(DEFAULT_URL_STATE, state({ slide: 0 }))).toBe(true)
    expect(isNavigation(DEFAULT_URL_STATE, state({ screen: 'timeline' }))).toBe(true)
  })
})
