// Vite plugin: writes the first screen, prerendered, into index.html in the default language, puts
// the boot script (renderer/boot/boot.ts) in <head>, and emits what it loads: the other languages' first
// screens, the dataset, and the app, which starts after the first paint. So index.html holds only
// what the first viewport needs; everything else is a file the page loads when it needs it.
import { rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { build, type BuildOptions } from 'esbuild'
import type { Plugin } from 'vite'
import { DATASET_SCRIPT_FILE, datasetScriptSource, scriptStringLiteral } from '../common/embedded-dataset'
import type { AppInfo } from '../common/ipc-contract'
import type { Provenance } from '../common/provenance'
import type { Dataset, Language } from '../common/dataset/schema'
import { LANGUAGES } from '../common/vocabulary'
import { FIRST_SCREENS_GLOBAL, firstScreenScriptFile, PAGE_LANGUAGE } from '../renderer/boot/prerender-ids'
import { loadValidDataset } from './dataset-module'

type Prerender = (dataset: Dataset, appInfo: AppInfo, language: Language) => string

export const BOOT_FILE = 'assets/boot.js'
/** The boot script runs before anything else and must run even where the app cannot (the app is built
 * for browsers from late 2020, Vite's default), so it can say the app could not start rather than that files are missing. */
export const BOOT_BUILD_OPTIONS: BuildOptions & { write: false } = {
  entryPoints: ['renderer/boot/boot.ts'],
  bundle: true,
  format: 'iife',
  target: 'es2017',
  minify: true,
  write: false,
  logLevel: 'warning'
}
export const APP_FILE = 'assets/app.js'

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

/** A classic script adding one language's first screen to the global the boot script reads. */
const firstScreenScript = (language: Language, markup: string) =>
  `(self.${FIRST_SCREENS_GLOBAL}=self.${FIRST_SCREENS_GLOBAL}||{})[${JSON.stringify(language)}]=${scriptStringLiteral(markup)};\n`

/** The tag that runs the boot script, with what it is to load; build-portable.ts replaces it. */
export const bootScriptTag = () =>
  `<script src="./${BOOT_FILE}" data-first-screen="./${firstScreenScriptFile('{language}')}" data-web-data="./${DATASET_SCRIPT_FILE}" data-app="./${APP_FILE}"></script>`

export function prerenderPlugin(appVersion: string, provenance: Provenance): Plugin {
  let rendered: Promise<{ dataset: Dataset; screens: Map<Language, string> }> | null = null
  const render = () =>
    (rendered ??= (async () => {
      const prerender = await loadPrerenderer(appVersion, provenance)
      const dataset = loadValidDataset()
      const appInfo: AppInfo = { appVersion, electronVersion: null, platform: '', trustedPackKeys: 0 }
      return { dataset, screens: new Map(LANGUAGES.map((language) => [language, prerender(dataset, appInfo, language)])) }
    })())
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    buildStart() {
      rendered = null
    },
    async generateBundle() {
      const boot = await build(BOOT_BUILD_OPTIONS)
      this.emitFile({ type: 'asset', fileName: BOOT_FILE, source: boot.outputFiles[0]!.text })
      const { dataset, screens } = await render()
      this.emitFile({ type: 'asset', fileName: DATASET_SCRIPT_FILE, source: datasetScriptSource(JSON.stringify(dataset)) })
      for (const [language, markup] of screens)
        if (language !== PAGE_LANGUAGE)
          this.emitFile({ type: 'asset', fileName: firstScreenScriptFile(language), source: firstScreenScript(language, markup) })
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { screens } = await render()
        return html
          .replace(/<script type="module"[^>]*><\/script>/, bootScriptTag())
          .replace('<div id="root"></div>', `<div id="root" data-prerendered="${PAGE_LANGUAGE}">${screens.get(PAGE_LANGUAGE)!}</div>`)
      }
    }
  }
}
