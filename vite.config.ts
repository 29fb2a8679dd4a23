// The renderer build. Its output is both the Electron UI and the web edition, which must open from
// file://, where module scripts are refused: so it is one classic (IIFE) script, no code splitting,
// which the boot script loads after the first paint (see scripts/vite-prerender.ts).
import { readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { CSP_META } from './common/content-security-policy'
import { provenanceFromPackage } from './common/provenance'
import { prerenderPlugin } from './scripts/vite-prerender'

function fileProtocolFriendlyHtml(): Plugin {
  return {
    name: 'file-protocol-friendly-html',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace('<meta name="content-security-policy" />', `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`)
          .replace(/<link rel="stylesheet" crossorigin/g, '<link rel="stylesheet"')
    }
  }
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as Record<string, unknown> & { version: string }
const { version } = pkg
// Who publishes the copy and where reports go: validated here, so a bad address stops the build.
const { provenance, problems } = provenanceFromPackage(pkg)
if (!provenance) throw new Error(`provenance: ${problems.join('; ')}`)
// Not configured is allowed (nothing is invented), but a release without them is worse: say so on every build.
if (!provenance.reportTo)
  console.warn('provenance: package.json has no "bugs" (url or email): copies will say they name no address for reports')
if (!provenance.newerCopies) console.warn('provenance: package.json has no "homepage": copies will say they name no place for newer copies')

export default defineConfig({
  root: 'renderer',
  define: { __APP_VERSION__: JSON.stringify(version), __PROVENANCE__: JSON.stringify(provenance) },
  base: './',
  plugins: [react(), prerenderPlugin(version, provenance), fileProtocolFriendlyHtml()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    modulePreload: false,
    // One stylesheet file: the CSP forbids the <style> tags that split CSS would inject.
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      output: { format: 'iife', entryFileNames: 'assets/app.js', assetFileNames: 'assets/[name][extname]' }
    }
  }
})
