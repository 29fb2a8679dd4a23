// Merging a reviewed draft: registry entries in domain order (never overwriting a different entry),
// the new messenger before the references, and only on the reviewer's "Recommendation: merge".
import { describe, expect, it } from 'vitest'
import { mergeRegistry, placeInOrder, reviewRecommendsMerge } from './data-merge-draft'

const entry = (domain: string, name = domain) => ({ domain, name: { en: name, ru: name }, kind: 'press', tier: 'reputable', state: 'none' })

describe('merging a draft', () => {
  it('adds registry entries in domain order and skips identical ones', () => {
    const { publishers, conflicts } = mergeRegistry([entry('a.org'), entry('c.org')], [entry('b.org'), entry('c.org'), entry('d.org')])
    expect(publishers.map((p) => p.domain)).toEqual(['a.org', 'b.org', 'c.org', 'd.org'])
    expect(conflicts).toEqual([])
  })

  it('reports a different entry for a domain already registered instead of replacing it', () => {
    const { publishers, conflicts } = mergeRegistry([entry('c.org', 'C')], [entry('c.org', 'Another C')])
    expect(conflicts).toEqual(['c.org'])
    expect(publishers).toEqual([entry('c.org', 'C')])
  })

  it('places the new messenger before the references, once', () => {
    expect(placeInOrder(['whatsapp', 'simplex', 'signal'], 'briar', ['signal'])).toEqual(['whatsapp', 'simplex', 'briar', 'signal'])
    expect(placeInOrder(['whatsapp'], 'briar', [])).toEqual(['whatsapp', 'briar'])
    expect(placeInOrder(['briar', 'signal'], 'briar', ['signal'])).toEqual(['briar', 'signal'])
  })

  it('goes ahead only when the review ends with the reviewer recommending it', () => {
    expect(reviewRecommendsMerge('# Review\n\n…\n\nRecommendation: merge\n')).toBe(true)
    expect(reviewRecommendsMerge('Recommendation: merge\n\nLater: do not merge yet — a source is missing\n')).toBe(false)
    expect(reviewRecommendsMerge('Recommendation: do not merge yet — access unclear\n')).toBe(false)
    expect(reviewRecommendsMerge('Recommendation: merge after the access cells are fixed\n')).toBe(false)
    expect(reviewRecommendsMerge('')).toBe(false)
  })
})
