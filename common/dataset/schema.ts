// The dataset schema: the single source of truth for the data's shape and its TypeScript types.
// Imported at runtime only by build scripts and the main process; the renderer uses `import type`.
// One module per file family under schema/; this entry re-exports them all, so importers need only this path.
export * from './schema/primitives'
export * from './schema/sources'
export * from './schema/criteria'
export * from './schema/messenger'
export * from './schema/files'
export * from './schema/dataset'
export { LANGUAGES, SCALES, VERDICTS } from './vocabulary'
