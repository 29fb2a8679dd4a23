// `npm run start:web` (after the build): opens the web edition from disk, or prints where it is.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const url = pathToFileURL(resolve('out', 'renderer', 'index.html')).href
console.log(`Web edition: ${url}`)
const opener = { darwin: 'open', win32: 'explorer' }[process.platform] ?? 'xdg-open'
if (process.env.DISPLAY || process.platform !== 'linux') {
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true })
  child.on('error', () => console.log('Could not open a browser: open the address above in any browser.'))
  child.unref()
} else {
  console.log('No display: open the address above in any browser (it works offline, from disk).')
}
