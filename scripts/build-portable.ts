// `npm run build:portable`: the web edition as ONE self-contained HTML file (scripts, styles and data
// inlined) that works from a USB stick in any modern browser with no network. The CSP allows exactly
// the inlined script and style by their SHA-256 hashes, nothing else.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DATASET_SCRIPT_FILE } from '../common/embedded-dataset'
import { LANGUAGES } from '../common/vocabulary'
import { firstScreenScriptFile, PAGE_LANGUAGE } from '../renderer/boot/prerender-ids'
import { APP_FILE, BOOT_FILE, bootScriptTag } from './vite-prerender'

const WEB_DIR = join('out', 'renderer')
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const read = (file: string) => readFileSync(join(WEB_DIR, file), 'utf8')
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
// Inside an inline <script>, "</script" would end it early; "<\/script" means the same to JavaScript.
const inlineScript = (code: string) => code.replace(/<\/script/gi, '<\\/script')

function replaceOnce(html: string, search: string | RegExp, replacement: string): string {
  const next = html.replace(search, () => replacement)
  if (next === html) throw new Error(`build:portable: ${String(search)} not found in index.html; run the web build first`)
  return next
}

let html = read('index.html')
const boot = inlineScript(read(BOOT_FILE))
const style = read('assets/style.css')
// What the boot script loads in the web edition is inlined here: the other languages' first screens
// before it in <head> (it reads them as it runs), the dataset and then the app at the end of <body>.
const firstScreens = LANGUAGES.filter((language) => language !== PAGE_LANGUAGE).map((language) =>
  inlineScript(read(firstScreenScriptFile(language)))
)
const lastScripts = [DATASET_SCRIPT_FILE, APP_FILE].map((file) => inlineScript(read(file)))
const scriptTag = (code: string) => `<script>${code}</script>`

html = replaceOnce(html, '<link rel="stylesheet" href="./assets/style.css">', `<style>${style}</style>`)
html = replaceOnce(html, bootScriptTag(), [...firstScreens, boot].map(scriptTag).join(''))
html = replaceOnce(html, '</body>', `${lastScripts.map(scriptTag).join('\n')}\n</body>`)
const inlineScripts = [...firstScreens, boot, ...lastScripts]
html = replaceOnce(
  html,
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/,
  `<meta http-equiv="Content-Security-Policy" content="${read('index.html')
    .match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)![1]!
    .replace("script-src 'self'", `script-src ${inlineScripts.map(sha256).join(' ')}`)
    .replace("style-src 'self'", `style-src ${sha256(style)}`)}"`
)

const outDir = join('out', 'portable')
mkdirSync(outDir, { recursive: true })
const outFile = join(outDir, `messenger-privacy-${version}.html`)
writeFileSync(outFile, html)
const bytes = statSync(outFile).size
console.log(`build:portable: ${outFile} — ${(bytes / 1024).toFixed(0)} KB (${(gzipSync(html).length / 1024).toFixed(0)} KB if zipped)`)
