// Unit tests, split by where the code runs: Node (main, preload, data, scripts) and the DOM (renderer).
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const electronFake = fileURLToPath(new URL('./test/electron-fake.ts', import.meta.url))
const alias = [{ find: /^electron(\/(main|renderer|common))?$/, replacement: electronFake }]

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['main/**/*.test.ts', 'preload/**/*.test.ts', 'common/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts']
        }
      },
      {
        plugins: [react()],
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx']
        }
      }
    ]
  }
})
