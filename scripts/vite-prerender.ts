// Vite plugin: prerenders the first screen in English and Russian into index.html and adds the boot
// script that shows the right one before the first paint (see renderer/boot/boot.ts).
import { LANGUAGES } from '../common/vocabulary'
import { rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import type { Plugin } from 'vite'
import type { AppInfo } from '../common/ipc-contract'
import type { Provenance } from '../common/provenance'
import type { Dataset, Language } from '../common/dataset/schema'
import { loadValidDataset } from './dataset-module'

type Prerender = (dataset: Dataset, appInfo: AppInfo, language: Language) => string

const BOOT_FILE = 'assets/boot.js'

async function loadPrerenderer(appVersion: string, provenance: Provenance): Promise<Prerender> {
  const outfile = `.tmp/prerender-${process.pid}.mjs`
  await build({
    entryPoints: ['renderer/prerender/prerender.tsx'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    outfile,
    packages: 'external',
    loader: { '.css': 'empty' },
    define: {
      __APP_VERSION__: JSON.stringify(appVersion),
      __PROVENANCE__: JSON.stringify(provenance),
      'process.env.NODE_ENV': '"production"'
    },
    logLevel: 'warning'
  })
  try {
    const module = (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as { prerenderFirstScreen: Prerender }
    return module.prerenderFirstScreen
  } finally {
    rmSync(outfile, { force: true })
  }
}

export function prerenderPlugin(appVersion: string, provenance: Provenance): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    async generateBundle() {
      const boot = await build({
        entryPoints: ['renderer/boot/boot.ts'],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        logLevel: 'warning'
      })
      this.emitFile({ type: 'asset', fileName: BOOT_FILE, source: boot.outputFiles[0]!.text })
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const prerender = await loadPrerenderer(appVersion, provenance)
        const dataset = loadValidDataset()
        const appInfo: AppInfo = { appVersion, electronVersion: null, platform: '', trustedPackKeys: 0 }
        const [en, ru] = LANGUAGES.map((language) => prerender(dataset, appInfo, language))
        return html.replace(
          '<div id="root"></div>',
          `<div id="root" data-prerendered="en">${en}</div><template id="prerendered-ru">${ru}</template><script src="./${BOOT_FILE}"></script>`
        )
      }
    }
  }
}
