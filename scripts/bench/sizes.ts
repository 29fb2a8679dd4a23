// What the built web edition weighs: the renderer's code (gzip), what index.html carries part by part,
// and what the page loads after its first paint.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BUNDLED_DATASET_GLOBAL, DATASET_SCRIPT_FILE } from '../../common/embedded-dataset'
import { FIRST_SCREENS_GLOBAL } from '../../renderer/boot/prerender-ids'

const kb = (bytes: number) => bytes / 1024
const gzipKb = (text: string | Buffer) => kb(gzipSync(text).length)

/** Scripts that carry data or markup for the boot script, not code: weighed on their own. */
const isDataScript = (file: string) => file === DATASET_SCRIPT_FILE.replace('assets/', '') || file.startsWith('first-screen-')

/** The renderer's code (the app and the boot script), gzip, in KB. */
export function rendererJsGzipKb(editionDir: string): number {
  const assets = join(editionDir, 'assets')
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js') && !isDataScript(file))
    .reduce((sum, file) => sum + gzipKb(readFileSync(join(assets, file))), 0)
}

export interface HtmlPart {
  part: string
  kb: number
  gzipKb: number
}

export interface HtmlComposition {
  parts: HtmlPart[]
  /** Files the page loads after its first paint (never part of index.html). */
  loadedLater: HtmlPart[]
  /** Languages whose first screen index.html carries (the root's, each <template>, each inline first-screen script). */
  prerenderedLanguages: string[]
  /** The share of the whole dataset that index.html carries (1 = all of it). */
  datasetShare: number
  datasetKb: number
}

const part = (name: string, text: string | Buffer): HtmlPart => ({ part: name, kb: kb(Buffer.byteLength(text)), gzipKb: gzipKb(text) })

/** Splits index.html at the markers the build writes: head, the prerendered first screen, the rest. */
export function htmlComposition(editionDir: string, wholeDatasetJson: string): HtmlComposition {
  const html = readFileSync(join(editionDir, 'index.html'), 'utf8')
  const markers: [string, RegExp][] = [
    ['head (with the boot script tag)', /^/],
    ['prerendered first screen', /<div id="root" data-prerendered="[a-z]+">/],
    ['other prerender (<template>)', /<template id="prerendered-/],
    ['end of page', /<noscript>/]
  ]
  const found = markers.map(([name, pattern]) => ({ name, at: html.search(pattern) })).filter((m) => m.at >= 0)
  const parts = found.map(({ name, at }, index) => part(name, html.slice(at, found[index + 1]?.at ?? html.length)))
  const assets = join(editionDir, 'assets')
  const loadedLater = readdirSync(assets)
    .filter((file) => file.endsWith('.js') && file !== 'boot.js')
    .map((file) => part(`assets/${file}`, readFileSync(join(assets, file))))
  // The root's language, each <template>, and each inline first-screen script (`…||{})["ru"]=`).
  const prerenderedLanguages = [
    ...html.matchAll(
      new RegExp(
        `data-prerendered="([a-z]+)"|<template id="prerendered-([a-z]+)">|${FIRST_SCREENS_GLOBAL}\\|\\|\\{\\}\\)\\["([a-z]+)"\\]=`,
        'g'
      )
    )
  ].map((m) => m[1] ?? m[2] ?? m[3]!)
  // Whatever form it takes (a JSON block, an inline dataset script), the dataset's text in the page.
  const inPage = [
    html.match(/<script type="application\/json"[^>]*>(.*?)<\/script>/s)?.[1],
    html.match(new RegExp(`${BUNDLED_DATASET_GLOBAL}=("(?:[^"\\\\]|\\\\.)*")`))?.[1]
  ].reduce((bytes, text) => bytes + (text ? Buffer.byteLength(text) : 0), 0)
  if (!existsSync(join(editionDir, DATASET_SCRIPT_FILE)) && inPage === 0)
    throw new Error('bench: the edition has no dataset, neither in index.html nor as a script')
  return { parts, loadedLater, prerenderedLanguages, datasetShare: inPage / Buffer.byteLength(wholeDatasetJson), datasetKb: kb(inPage) }
}
