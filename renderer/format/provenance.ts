// This copy's provenance, fixed at build time from package.json (see common/provenance.ts).
import type { Provenance } from '../../common/provenance'

declare const __PROVENANCE__: Provenance | undefined

/** Unit tests run without the build's define: they see a copy with no channels configured. */
export const PROVENANCE: Provenance =
  typeof __PROVENANCE__ === 'object' && __PROVENANCE__ !== null
    ? __PROVENANCE__
    : { publisher: 'Messenger Privacy project', reportTo: null, newerCopies: null }
