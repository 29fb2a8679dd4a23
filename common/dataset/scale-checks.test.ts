// Verdicts, dealbreakers, headline criteria and bottom lines must fit the protection and access scales.
import { afterEach, describe, expect, it } from 'vitest'
import { loadDataDirectory } from './read-directory'
import { brokenCopy, DATA_DIR, editJson, errorsOf, removeCopies, TODAY } from './testing/broken-copies'

afterEach(removeCopies)

describe('two scales: protection and access', () => {
  it('puts availability, restrictions and state mandates on the access scale, everything else on protection', () => {
    const { dataset } = loadDataDirectory(DATA_DIR, TODAY)
    expect(dataset!.criteria.filter((c) => c.scale === 'access').map((c) => c.id)).toEqual([
      'availability-ru',
      'restrictions',
      'state-mandates'
    ])
  })

  it('refuses a protection verdict on an access criterion ("Good" for "not blocked")', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (m.cells['availability-ru'].verdict = 'good')))
    expect(errorsOf(dir).join('\n')).toContain(
      'messenger "max", criterion "availability-ru": verdict "good" is not on the access scale (works, limited, blocked, unclear)'
    )
  })

  it('refuses an access verdict on a protection criterion', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/signal.json', (m) => (m.cells['e2ee-calls'].verdict = 'works')))
    expect(errorsOf(dir).join('\n')).toContain('criterion "e2ee-calls": verdict "works" is not on the protection scale')
  })

  it('refuses an access criterion as a dealbreaker of a concern', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'concerns.json', (c) => (c.concerns.find((x: any) => x.id === 'reach-family').essential = ['availability-ru']))
    )
    expect(errorsOf(dir).join('\n')).toContain(
      'criterion "availability-ru": concern "reach-family": only protection criteria can be essential'
    )
  })
})

describe('the bottom line ("In short")', () => {
  const inShortOf = (m: any, stance: string) => m.inShort.find((s: any) => s.stance === stance)

  it('fails when a sentence names a cell that does not exist', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/whatsapp.json', (m) => inShortOf(m, 'weakness').cells.push('made-up')))
    expect(errorsOf(dir).join('\n')).toContain('messenger "whatsapp": inShort[1] (weakness): names cells that do not exist: made-up')
  })

  it('fails when it says content is protected but a chat or call cell is not good', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/whatsapp.json', (m) => (m.cells['e2ee-calls'].verdict = 'mixed')))
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain(
      'messenger "whatsapp": inShort[0] (content-protected): the cells of e2ee-default-1to1, e2ee-groups, e2ee-calls make this messenger "content-partly"'
    )
  })

  it('leaves a feature the messenger does not have out of "protected", but not a feature it has and only partly protects', () => {
    // Briar has no calls ("not offered") and its bottom line says its chats are protected: that passes.
    expect(errorsOf(DATA_DIR).filter((e) => e.includes('"briar"'))).toEqual([])
    const dir = brokenCopy((d) => editJson(d, 'messengers/briar.json', (m) => (m.cells['e2ee-calls'].verdict = 'mixed')))
    expect(errorsOf(dir).join('\n')).toContain(
      'messenger "briar": inShort[0] (content-protected): the cells of e2ee-default-1to1, e2ee-groups, e2ee-calls make this messenger "content-partly"'
    )
  })

  it('refuses "not offered" on a criterion that is not about a feature (the localisation law, the registry)', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/briar.json', (m) => (m.cells['ori-registry'].verdict = 'not-offered')))
    expect(errorsOf(dir).join('\n')).toContain(
      'messenger "briar", criterion "ori-registry": verdict "not-offered" is only for criteria about a feature a messenger may lack'
    )
  })

  it('refuses "not offered" on an access criterion: a messenger that exists is available or not', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/briar.json', (m) => (m.cells['availability-ru'].verdict = 'not-offered')))
    expect(errorsOf(dir).join('\n')).toContain('criterion "availability-ru": verdict "not-offered" is not on the access scale')
  })

  it('fails when a messenger whose provider can read chats claims to protect them', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/max.json', (m) => {
        const sentence = inShortOf(m, 'content-exposed')
        sentence.stance = 'content-protected'
      })
    )
    expect(errorsOf(dir).join('\n')).toMatch(
      /messenger "max": inShort\[0\] \(content-protected\): the cells of .* make this messenger "content-exposed"/
    )
  })

  it('fails when it says the messenger works but its availability cell says blocked', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/signal.json', (m) => (inShortOf(m, 'access-blocked').stance = 'access-works')))
    expect(errorsOf(dir).join('\n')).toContain(
      'messenger "signal": inShort[2] (access-works): availability-ru is rated "blocked", which is "access-blocked"'
    )
  })

  it('fails when a strength names a weak cell, or a weakness a strong one', () => {
    const dir = brokenCopy((d) => {
      editJson(d, 'messengers/signal.json', (m) => inShortOf(m, 'strength').cells.push('sign-up'))
      editJson(d, 'messengers/whatsapp.json', (m) => inShortOf(m, 'weakness').cells.push('e2ee-groups'))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "signal": inShort[1] (strength): a strength may name only protection cells rated good')
    expect(errors).toContain('messenger "whatsapp": inShort[1] (weakness): a weakness may name only protection cells rated poor or mixed')
  })

  it('fails without exactly one sentence on content and one on access', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/telegram.json', (m) => (m.inShort = m.inShort.filter((s: any) => !s.stance.startsWith('access-'))))
    )
    expect(errorsOf(dir).join('\n')).toContain('messenger "telegram": inShort: needs exactly one sentence on whether it works in Russia')
  })

  it('fails when "the provider can read" names a cell that is not poor, or an access sentence names a protection cell', () => {
    const dir = brokenCopy((d) => {
      editJson(d, 'messengers/telegram.json', (m) => inShortOf(m, 'content-exposed').cells.push('e2ee-calls'))
      // Max's access sentence, whichever access stance the data gives it today.
      editJson(d, 'messengers/max.json', (m) => m.inShort.find((s: any) => s.stance.startsWith('access-')).cells.push('metadata'))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "telegram": inShort[0] (content-exposed): every cell it names must be a protection cell rated poor')
    expect(errors).toMatch(/messenger "max": inShort\[\d\] \(access-\w+\): may name only access cells/)
  })

  it('fails when an "uncertain" sentence names only known answers', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/signal.json', (m) =>
        m.inShort.splice(2, 0, { stance: 'uncertain', cells: ['metadata'], text: { en: 'Not known.', ru: 'Неизвестно.' } })
      )
    )
    expect(errorsOf(dir).join('\n')).toContain(
      'messenger "signal": inShort[2] (uncertain): an uncertain sentence must name at least one cell whose answer is not known'
    )
  })

  it("fails when the headline criteria are on the wrong scale, or an essential criterion is not among a concern's criteria", () => {
    const dir = brokenCopy((d) => {
      editJson(d, 'criteria.json', (c) => (c.headline.access = 'metadata'))
      editJson(d, 'concerns.json', (c) => c.concerns.find((x: any) => x.id === 'private-calls').essential.push('metadata'))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('criteria.json, criterion "metadata": headline.access: must be an existing access criterion')
    expect(errors).toContain('criterion "metadata": concern "private-calls": essential criterion is not among its criteria')
  })

  it('fails on a sentence too long for a card on the first screen', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (m.inShort[1].text.en = 'x'.repeat(141))))
    expect(errorsOf(dir).join('\n')).toMatch(/messenger "max": inShort\.1\.text\.en: Too big/)
  })

  it('fails on a Russian sentence that is not Russian', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (m.inShort[2].text.ru = 'Works without a VPN.')))
    expect(errorsOf(dir).join('\n')).toContain('messenger "max": inShort[2].text.ru is not Russian text')
  })
})
