import { describe, expect, it } from 'vitest'
import { provenanceFromPackage } from './provenance'

describe('provenance from package.json', () => {
  it('takes the publisher, the report channel and where newer copies are', () => {
    expect(
      provenanceFromPackage({ author: 'A team', bugs: { url: 'https://example.org/issues' }, homepage: 'https://example.org/' })
    ).toEqual({
      provenance: {
        publisher: 'A team',
        publisherTranslations: {},
        reportTo: { kind: 'url', value: 'https://example.org/issues' },
        newerCopies: 'https://example.org/'
      },
      problems: []
    })
    expect(provenanceFromPackage({ author: { name: 'A team' }, bugs: { email: 'errors@example.org' } }).provenance?.reportTo).toEqual({
      kind: 'email',
      value: 'errors@example.org'
    })
  })

  it('says a channel is missing rather than inventing one', () => {
    expect(provenanceFromPackage({ author: 'A team' }).provenance).toEqual({
      publisher: 'A team',
      publisherTranslations: {},
      reportTo: null,
      newerCopies: null
    })
  })

  it("takes the publisher's name in other languages, and refuses a malformed list of them", () => {
    expect(
      provenanceFromPackage({ author: 'A team', authorTranslations: { ru: ' Команда А ' } }).provenance?.publisherTranslations
    ).toEqual({
      ru: 'Команда А'
    })
    for (const authorTranslations of [{ de: 'Ein Team' }, { ru: '' }, { ru: 3 }, 'Команда А', null])
      expect(provenanceFromPackage({ author: 'A team', authorTranslations }).problems, JSON.stringify(authorTranslations)).toEqual([
        'package.json "authorTranslations" must map a language code (en, ru) to the publisher\'s name in it'
      ])
  })

  it('refuses a publisher-less copy and channels that are not https addresses or emails', () => {
    expect(provenanceFromPackage({}).problems).toEqual(['package.json "author" must name who publishes this app'])
    const { problems } = provenanceFromPackage({ author: 'A', bugs: { url: 'http://example.org' }, homepage: 'javascript:alert(1)' })
    expect(problems).toEqual(['package.json "bugs.url" must be an https address', 'package.json "homepage" must be an https address'])
    expect(provenanceFromPackage({ author: 'A', bugs: { email: 'not an email' } }).problems).toEqual([
      'package.json "bugs.email" must be an email address'
    ])
  })
})
