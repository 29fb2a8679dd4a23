// The boot script must run in browsers too old for the app, or an old browser would be told that files
// are missing instead of that the app cannot start there (renderer/boot/boot.ts).
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { BOOT_BUILD_OPTIONS } from './vite-prerender'

describe('the boot script build', () => {
  it('leaves out syntax newer than ES2017 (optional chaining, ??), which the boot script itself uses', async () => {
    const built = (await build(BOOT_BUILD_OPTIONS)).outputFiles[0]!.text
    expect(built.length).toBeGreaterThan(1000)
    expect(built).not.toMatch(/\?\.(?!\d)|\?\?/)
  })
})
