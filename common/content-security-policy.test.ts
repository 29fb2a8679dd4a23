import { describe, expect, it } from 'vitest'
import { CSP_HEADER, CSP_META } from './content-security-policy'

describe('the Content-Security-Policy', () => {
  it('allows nothing remote and nothing inline', () => {
    for (const policy of [CSP_HEADER, CSP_META]) {
      expect(policy).toContain("default-src 'none'")
      expect(policy).toContain("script-src 'self'")
      expect(policy).toContain("connect-src 'none'")
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
    }
  })

  it('forbids framing in the header (meta tags cannot carry frame-ancestors)', () => {
    expect(CSP_HEADER).toContain("frame-ancestors 'none'")
    expect(CSP_META).not.toContain('frame-ancestors')
  })
})
