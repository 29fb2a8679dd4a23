// Every source's publisher comes from the registry, the registry is consistent, and claims rest on strong sources.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { brokenCopy, editJson, errorsOf, removeCopies } from './testing/broken-copies'

/** A registry entry saying `domain` is the company's word for `messenger`. */
const vendorEntry = (domain: string, messenger: string) => ({
  domain,
  name: { en: 'The company', ru: 'Компания' },
  kind: 'vendor',
  tier: 'primary',
  state: 'none',
  vendorOf: [messenger]
})

afterEach(removeCopies)

describe('the publisher registry and strong sources', () => {
  const firstSource = (m: any, criterion: string) => m.cells[criterion].sources[0]

  it('refuses a source whose domain is not in the registry', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/max.json', (m) => (firstSource(m, 'metadata').url = 'https://unknown-news.example/story'))
    )
    expect(errorsOf(dir).join('\n')).toContain(
      'messenger "max", criterion "metadata": sources[0]: unknown-news.example is not in publishers.json'
    )
  })

  it('refuses a hand-written kind or publisher on a source: they come from the registry', () => {
    const dir = brokenCopy((d) => editJson(d, 'messengers/max.json', (m) => (firstSource(m, 'metadata').kind = 'vendor')))
    expect(errorsOf(dir).join('\n')).toMatch(/messenger "max", criterion "metadata": cells\.metadata\.sources\.0: Unrecognized key: "kind"/)
  })

  it('refuses "vendor" for a domain that is not one of that messenger\'s own sites (a mirror of its FAQ)', () => {
    const dir = brokenCopy((d) => editJson(d, 'publishers.json', (r) => r.publishers.push(vendorEntry('raw.example.org', 'telegram'))))
    expect(errorsOf(dir).join('\n')).toContain(
      'publishers.json: publisher "raw.example.org": is labelled vendor of telegram, but it is not one of telegram\'s officialDomains'
    )
  })

  it('refuses a tier that does not fit the kind, a vendor without its messenger, and a duplicate domain', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'publishers.json', (r) => {
        r.publishers.find((p: any) => p.domain === 'meduza.io').kind = 'aggregator'
        delete r.publishers.find((p: any) => p.domain === 'signal.org').vendorOf
        r.publishers.push({ ...r.publishers.find((p: any) => p.domain === 'kommersant.ru') })
      })
    )
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('publisher "meduza.io": tier "reputable" does not fit kind "aggregator" (weak)')
    expect(errors).toContain('publisher "signal.org": a vendor entry must name its messengers in vendorOf')
    expect(errors).toContain('publisher "kommersant.ru": duplicate domain')
  })

  it('refuses a cell, checklist item or event without a strong source', () => {
    const weak = { title: 'Copy', url: 'https://www1.ru/news/x', checked: '2026-11-24', copyOf: { publisher: 'TASS' } }
    const dir = brokenCopy((d) => {
      editJson(d, 'messengers/whatsapp.json', (m) => (m.cells['backups'].sources = [weak]))
      editJson(d, 'checklists.json', (c) => (c.checklists.signal[0].sources = [weak]))
      editJson(d, 'timeline.json', (t) => (t.events[0].sources = [weak]))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('messenger "whatsapp", criterion "backups": no strong source')
    expect(errors).toMatch(/checklists\.json, messenger "signal": item ".+": no strong source/)
    expect(errors).toMatch(/timeline\.json: event ".+": no strong source/)
  })

  it("lets an answer that says it is not known rest on users' reports alone, and no other answer", () => {
    const report = { title: 'A user', url: 'https://github.com/signalapp/Signal-Android/issues/1', checked: '2026-11-24' }
    const weak = { title: 'Copy', url: 'https://www1.ru/news/x', checked: '2026-11-24', copyOf: { publisher: 'TASS' } }
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/signal.json', (m) => {
        m.cells['availability-ru'] = { ...m.cells['availability-ru'], verdict: 'unclear', sources: [report] }
        m.cells['restrictions'] = { ...m.cells['restrictions'], verdict: 'blocked', sources: [report] }
        m.cells['state-mandates'] = { ...m.cells['state-mandates'], verdict: 'unclear', sources: [weak] }
      })
    )
    const errors = errorsOf(dir).join('\n')
    expect(errors).not.toContain('criterion "availability-ru": no strong source')
    expect(errors).toContain('criterion "restrictions": no strong source')
    expect(errors).toContain('criterion "state-mandates": no strong source')
  })

  it("shows an issue-tracker thread as the company's word only where the registry names that thread", () => {
    const thread = (n: number) => ({ title: 'A thread', url: `https://github.com/signalapp/Signal-iOS/issues/${n}`, checked: '2026-11-24' })
    const dir = brokenCopy((d) => {
      editJson(d, 'messengers/signal.json', (m) =>
        m.cells['metadata'].sources.push(thread(1), thread(2), { ...thread(3), url: 'https://github.com/signalapp/Signal-iOS/pull/3' })
      )
      editJson(d, 'publishers.json', (r) => r.publishers.push(vendorEntry('github.com/signalapp/Signal-iOS/issues/2', 'signal')))
    })
    const errors = errorsOf(dir).join('\n')
    expect(errors).toMatch(
      /criterion "metadata": sources\[\d+\]: github\.com\/signalapp\/Signal-iOS\/issues\/1 is an issue-tracker or pull-request thread/
    )
    expect(errors).toContain('github.com/signalapp/Signal-iOS/pull/3 is an issue-tracker or pull-request thread')
    expect(errors).not.toContain('Signal-iOS/issues/2 is an issue-tracker or pull-request thread')
  })

  it('refuses an aggregator or mirror copy that does not name its original', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/telegram.json', (m) =>
        m.cells['metadata'].sources.push({ title: 'Copy', url: 'https://raw.githubusercontent.com/x/y/faq.html', checked: '2026-11-24' })
      )
    )
    expect(errorsOf(dir).join('\n')).toMatch(
      /criterion "metadata": sources\[\d+\]: raw\.githubusercontent\.com is a mirror: name the original in copyOf/
    )
  })

  it('refuses a copy whose publisher is English prose in one string, and a Russian version that is not Russian', () => {
    const copy = (publisher: unknown) => ({ title: 'Copy', url: 'https://www1.ru/news/x', checked: '2026-11-24', copyOf: { publisher } })
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/max.json', (m) => {
        m.cells['metadata'].sources.push(copy('Max (company statement)'))
        m.cells['backups'].sources.push(copy({ en: 'AFP, as published by the Taipei Times', ru: 'AFP, as published by the Taipei Times' }))
        m.cells['sign-up'].sources.push(copy({ en: 'AFP, as published by the Taipei Times', ru: 'AFP (публикация в Taipei Times)' }))
        m.cells['open-source'].sources.push(copy('The Moscow Times'))
      })
    )
    const errors = errorsOf(dir).join('\n')
    expect(errors).toMatch(
      /criterion "metadata": sources\[\d+\]\.copyOf\.publisher "Max \(company statement\)" is not a bare name: give it in both languages/
    )
    expect(errors).toMatch(/criterion "backups": sources\[\d+\]\.copyOf\.publisher\.ru is not Russian text/)
    expect(errors).not.toMatch(/criterion "(sign-up|open-source)": sources\[\d+\]\.copyOf/)
  })

  it('refuses a [described] title without a Russian version, and a Russian version that is not Russian', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'messengers/signal.json', (m) => {
        firstSource(m, 'backups').title = '[Signal help page on backups]'
        firstSource(m, 'metadata').title = { en: '[Signal on metadata]', ru: '[Signal on metadata]' }
      })
    )
    const errors = errorsOf(dir).join('\n')
    expect(errors).toContain('criterion "backups": sources[0].title is a [description]: give it in both languages')
    expect(errors).toContain('criterion "metadata": sources[0].title.ru is not Russian text')
  })

  it('refuses a dataset where aggregator and mirror copies are 5 % or more of all references', () => {
    // One copy added to every cell of every messenger, so the share passes 5 % however many messengers there are.
    const dir = brokenCopy((d) => {
      for (const file of readdirSync(join(d, 'messengers')).filter((f) => f.endsWith('.json')))
        editJson(d, `messengers/${file}`, (m) => {
          for (const cell of Object.values<any>(m.cells))
            cell.sources.push({ title: 'Copy', url: 'https://www1.ru/news/x', checked: '2026-11-24', copyOf: { publisher: 'TASS' } })
        })
    })
    expect(errorsOf(dir).join('\n')).toMatch(/publishers\.json: aggregator and mirror copies are [\d.]+ % of \d+ references \(limit 5 %\)/)
  })
})
