// `npm start` (after the build): runs the app in Electron, or explains in one line how to use the
// web edition where no Electron binary can be had (it cannot be downloaded on offline machines).
import { spawn } from 'node:child_process'
import { findElectronBinary } from './electron-binary'

const binary = findElectronBinary()
if (!binary) {
  console.log(
    'No Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to an Electron 45 folder); open the web edition instead: npm run start:web'
  )
} else {
  spawn(binary, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0))
}
