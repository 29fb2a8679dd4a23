// What the built web edition weighs: the renderer's JS (gzip), and what index.html carries, part by part.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { EMBEDDED_DATASET_ELEMENT_ID } from '../../common/embedded-dataset'

const kb = (bytes: number) => bytes / 1024
const gzipKb = (text: string | Buffer) => kb(gzipSync(text).length)

/** Every script the page loads (the app and the boot script), gzip, in KB. */
export function rendererJsGzipKb(editionDir: string): number {
  const assets = join(editionDir, 'assets')
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipKb(readFileSync(join(assets, file))), 0)
}

export interface HtmlPart {
  part: string
  kb: number
  gzipKb: number
}

export interface HtmlComposition {
  parts: HtmlPart[]
  /** Languages whose first screen is prerendered into the page (the root's, plus each <template>). */
  prerenderedLanguages: string[]
  /** The embedded dataset's share of the whole dataset (1 = all of it is in index.html). */
  datasetShare: number
  datasetKb: number
}

/** Splits index.html at the markers the build writes: head, each language's prerender, the dataset, the rest. */
export function htmlComposition(editionDir: string, wholeDatasetJson: string): HtmlComposition {
  const html = readFileSync(join(editionDir, 'index.html'), 'utf8')
  const markers: [string, RegExp][] = [
    ['head and page shell', /^/],
    ['prerender en (shown)', /<div id="root" data-prerendered="en">/],
    ['prerender ru (<template>)', /<template id="prerendered-ru">/],
    ['boot script tag', /<\/template><script src=/],
    ['dataset (JSON block)', new RegExp(`<script type="application/json" id="${EMBEDDED_DATASET_ELEMENT_ID}">`)],
    ['end of page', /<\/script>\s*<\/body>/]
  ]
  const found = markers.map(([part, pattern]) => ({ part, at: html.search(pattern) })).filter((m) => m.at >= 0)
  const parts = found.map(({ part, at }, index) => {
    const text = html.slice(at, found[index + 1]?.at ?? html.length)
    return { part, kb: kb(Buffer.byteLength(text)), gzipKb: gzipKb(text) }
  })
  const embedded = html.match(new RegExp(`id="${EMBEDDED_DATASET_ELEMENT_ID}">(.*?)</script>`, 's'))?.[1] ?? ''
  const prerenderedLanguages = [...html.matchAll(/data-prerendered="([a-z]+)"|<template id="prerendered-([a-z]+)">/g)].map(
    (m) => m[1] ?? m[2]!
  )
  return {
    parts,
    prerenderedLanguages,
    datasetShare: Buffer.byteLength(embedded) / Buffer.byteLength(wholeDatasetJson),
    datasetKb: kb(Buffer.byteLength(embedded))
  }
}
