// This copy's provenance, fixed at build time from package.json (see common/provenance.ts).
import type { Language } from '../../common/dataset/schema'
import type { Provenance } from '../../common/provenance'

declare const __PROVENANCE__: Provenance | undefined

/** Unit tests run without the build's define: they see a copy with no channels configured. */
export const PROVENANCE: Provenance =
  typeof __PROVENANCE__ === 'object' && __PROVENANCE__ !== null
    ? __PROVENANCE__
    : { publisher: 'Messenger Privacy project', publisherTranslations: {}, reportTo: null, newerCopies: null }

/** The publisher's name in the reader's language where package.json gives one, otherwise as written. */
export const publisherIn = (language: Language): string => PROVENANCE.publisherTranslations[language] ?? PROVENANCE.publisher
