import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sha256File } from './release-files'
import { verifyFile } from './verify'

describe('npm run verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mp-verify-'))
  const file = join(dir, 'messenger-privacy-1.0.0.html')
  writeFileSync(file, '<html>the released copy</html>')
  const sums = join(dir, 'SHA256SUMS')
  writeFileSync(sums, `${sha256File(file)}  messenger-privacy-1.0.0.html\n`)

  it('accepts the released file, and a renamed copy of it by content', () => {
    expect(verifyFile(file, sums)).toEqual({ ok: true, name: 'messenger-privacy-1.0.0.html' })
    const renamed = join(dir, 'attachment (1).html')
    writeFileSync(renamed, '<html>the released copy</html>')
    expect(verifyFile(renamed, sums)).toEqual({ ok: true, name: 'messenger-privacy-1.0.0.html' })
  })

  it('refuses an altered copy, with or without its released name', () => {
    const altered = join(dir, 'altered', 'messenger-privacy-1.0.0.html')
    const other = join(dir, 'other.html')
    writeFileSync(other, '<html>the released copy</html><script>evil()</script>')
    expect(verifyFile(other, sums)).toMatchObject({ ok: false, reason: expect.stringContaining('matches no released file') })
    writeFileSync(join(dir, 'tampered.html'), 'x')
    writeFileSync(sums.replace('SHA256SUMS', 'SUMS2'), `${'0'.repeat(64)}  tampered.html\n`)
    expect(verifyFile(join(dir, 'tampered.html'), sums.replace('SHA256SUMS', 'SUMS2'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('differs')
    })
    expect(verifyFile(altered, sums)).toMatchObject({ ok: false, reason: expect.stringContaining('no such file') })
  })
})
