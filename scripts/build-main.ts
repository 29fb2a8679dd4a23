// Bundles the main process and the preload with esbuild (CommonJS: sandboxed preloads cannot be ESM).
import { writeFileSync } from 'node:fs'
import { build, type BuildOptions, type Plugin } from 'esbuild'
import { DATA_DIR, DATASET_MODULE_ID, datasetModuleSource } from './dataset-module'

const datasetPlugin: Plugin = {
  name: 'dataset',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^virtual:dataset$/ }, () => ({ path: DATASET_MODULE_ID, namespace: 'dataset' }))
    pluginBuild.onLoad({ filter: /.*/, namespace: 'dataset' }, () => ({
      contents: datasetModuleSource(),
      loader: 'js',
      watchDirs: [DATA_DIR]
    }))
  }
}

const shared: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'electron/*'],
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none'
}

await Promise.all([
  build({ ...shared, entryPoints: ['main/index.ts'], outfile: 'out/main/index.js', plugins: [datasetPlugin] }),
  build({ ...shared, entryPoints: ['preload/preload.ts'], outfile: 'out/preload/preload.js' })
])
// Plain .js (not .cjs) so security scanners read them; this marks the built output as CommonJS.
writeFileSync('out/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`)
console.log('built out/main/index.js and out/preload/preload.js')
