// The baselines the first paint is compared with, written next to the built index.html so they load
// the same stylesheet: a blank page, and the built page's own prerendered first screen (the comparison)
// as a static page with no script and no data.
import { PAGE_LANGUAGE } from '../../renderer/boot/prerender-ids'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const BLANK_MARK = 'blank'

const PRERENDER_START = `<div id="root" data-prerendered="${PAGE_LANGUAGE}">`
/** What follows #root in the page: its end is the last </div> before this. */
const AFTER_ROOT = '<noscript>'

/** The English first screen exactly as the build prerendered it into index.html. */
export function prerenderedMarkup(indexHtml: string): string {
  const start = indexHtml.indexOf(PRERENDER_START)
  const end = indexHtml.lastIndexOf('</div>', indexHtml.indexOf(AFTER_ROOT, start))
  if (start < 0 || end < 0) throw new Error('bench: index.html has no English prerender to make the static page from')
  return indexHtml.slice(start + PRERENDER_START.length, end)
}

export interface Fixtures {
  blankUrl: string
  staticUrl: string
}

export function writeFixtures(editionDir: string): Fixtures {
  const indexHtml = readFileSync(join(editionDir, 'index.html'), 'utf8')
  const blank = join(editionDir, 'bench-blank.html')
  writeFileSync(blank, `<!doctype html><html lang="en"><body><p elementtiming="${BLANK_MARK}">blank</p></body></html>\n`)
  const staticPage = join(editionDir, 'bench-static.html')
  writeFileSync(
    staticPage,
    [
      '<!doctype html>',
      '<html lang="en">',
      '<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />',
      '<title>Messenger Privacy (static)</title><link rel="stylesheet" href="./assets/style.css"></head>',
      `<body><div id="root">${prerenderedMarkup(indexHtml)}</div></body>`,
      '</html>',
      ''
    ].join('\n')
  )
  return { blankUrl: pathToFileURL(blank).href, staticUrl: pathToFileURL(staticPage).href }
}
