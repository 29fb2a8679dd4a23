// Lint rules, and the boundaries between processes that the build enforces (npm run lint, part of
// npm test). Every rule turned off or loosened is turned off here, once, with the reason beside it.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Build and signing code (the pack-signing private-key path included) lives only in scripts/. */
const NO_SCRIPTS = { group: ['**/scripts/**'], message: 'The app never imports scripts/: build and signing code stays out of it.' }
const NODE_AND_ELECTRON = [
  {
    group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url'],
    message: 'The renderer runs in a sandboxed page: no Node modules.'
  },
  { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron: talk to main through the platform bridge.' },
  { group: ['**/main/**', '**/preload/**'], message: 'The renderer never imports main or the preload.' },
  NO_SCRIPTS
]
const MAIN_AND_COMMON_IMPORTS = [
  { group: ['**/renderer/**', '**/preload/**'], message: 'Main and common code never import the renderer or the preload.' },
  NO_SCRIPTS
]
/** Schema libraries are validated at build time and in main: the renderer may only import their types. */
const TYPES_ONLY_IN_RENDERER = [
  { name: 'zod', message: 'Keep zod out of the renderer bundle (types only).', allowTypeImports: true },
  { name: 'zod/v4', message: 'Keep zod out of the renderer bundle (types only).', allowTypeImports: true }
]
const RAW_IPC = [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Raw IPC lives only in main/ipc and the preload.' }]
const RAW_SEND = {
  selector: "MemberExpression[property.name='send'][object.property.name='webContents']",
  message: 'webContents.send only inside main/ipc: the IPC layer sends typed messages.'
}

export default tseslint.config(
  // The insecure Electron app is a fixture the security scanner must flag, written badly on purpose.
  {
    ignores: [
      'test/fixtures/insecure-electron/**',
      'out/**',
      'release/**',
      'node_modules/**',
      '.tmp/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.d.ts'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.node.json',
          './tsconfig.renderer.json',
          './tsconfig.preload.json',
          './tsconfig.tests.json',
          './tsconfig.scripts-browser.json'
        ],
        tsconfigRootDir: import.meta.dirname
      },
      globals: { ...globals.node }
    },
    rules: {
      // Unused names are already errors in tsc (noUnusedLocals/Parameters); one report is enough.
      '@typescript-eslint/no-unused-vars': 'off',
      // Ports return promises; an implementation with nothing to await still keeps the async signature.
      '@typescript-eslint/require-await': 'off',
      // `void promise` is how this codebase marks a deliberately unawaited call.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Event handlers may be async: React and Electron ignore their return value by design.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/prerender/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: NODE_AND_ELECTRON, paths: TYPES_ONLY_IN_RENDERER }],
      'no-restricted-syntax': ['error', RAW_SEND]
    }
  },
  {
    // The prerender runs in Node at build time, but renders the renderer: Node yes, Electron no.
    files: ['renderer/prerender/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: NODE_AND_ELECTRON.slice(1) }] }
  },
  {
    files: ['main/**/*.ts', 'common/**/*.ts'],
    // Tests may import both sides of a boundary to check that they agree (contract.test.ts).
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: RAW_IPC, patterns: MAIN_AND_COMMON_IMPORTS }],
      'no-restricted-syntax': ['error', RAW_SEND]
    }
  },
  {
    // main/ipc is the IPC layer; main/index.ts is the one place that wires Electron's objects into it.
    // Only raw IPC is allowed there: the import boundaries still hold.
    files: ['main/ipc/**/*.ts', 'main/index.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: MAIN_AND_COMMON_IMPORTS }],
      'no-restricted-syntax': 'off'
    }
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'common/ runs in every process: no Electron.' }],
          patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'common/ imports only common/.' }, NO_SCRIPTS]
        }
      ]
    }
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/renderer/**'], message: 'The preload shares only common/ with the other processes.' },
            NO_SCRIPTS
          ]
        }
      ]
    }
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**', 'e2e/**'],
    rules: {
      // Tests read parsed JSON and build broken copies of the data on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off'
    }
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked }
)
