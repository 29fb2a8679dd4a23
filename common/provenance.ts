// Who publishes a copy, where newer copies and mistake reports go: read at build time from ONE place,
// package.json (`author`, its optional `authorTranslations` such as { "ru": "…" }, `bugs`, `homepage`),
// validated there, and shown by every edition and the handout. Nothing is guessed: a channel that is
// not configured is said to be missing.
import type { Language } from './dataset/schema'
import { isLanguage } from './vocabulary'

export interface Provenance {
  publisher: string
  /** The publisher's name as written in another language (a Russian page then says it in Russian). */
  publisherTranslations: Partial<Record<Language, string>>
  /** Where to report a mistake: an https address or an email address, or null if none is configured. */
  reportTo: { kind: 'url' | 'email'; value: string } | null
  /** Where newer copies are published (https), or null. */
  newerCopies: string | null
}

const isHttps = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname.includes('.')
  } catch {
    return false
  }
}
const isEmail = (value: string) => /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i.test(value)

/** package.json's fields as provenance, or the problems that stop the build. */
export function provenanceFromPackage(pkg: Record<string, unknown>): { provenance: Provenance | null; problems: string[] } {
  const problems: string[] = []
  const author = typeof pkg.author === 'string' ? pkg.author : (pkg.author as { name?: unknown } | undefined)?.name
  if (typeof author !== 'string' || author.trim() === '') problems.push('package.json "author" must name who publishes this app')

  const publisherTranslations: Partial<Record<Language, string>> = {}
  const translations = pkg.authorTranslations
  if (translations !== undefined) {
    const entries = typeof translations === 'object' && translations !== null ? Object.entries(translations) : null
    if (!entries || entries.some(([language, name]) => !isLanguage(language) || typeof name !== 'string' || name.trim() === ''))
      problems.push('package.json "authorTranslations" must map a language code (en, ru) to the publisher\'s name in it')
    else for (const [language, name] of entries) publisherTranslations[language as Language] = (name as string).trim()
  }

  let reportTo: Provenance['reportTo'] = null
  const bugs = pkg.bugs as { url?: unknown; email?: unknown } | string | undefined
  const bugsUrl = typeof bugs === 'string' ? bugs : bugs?.url
  const bugsEmail = typeof bugs === 'object' ? bugs.email : undefined
  if (bugsUrl !== undefined) {
    if (typeof bugsUrl === 'string' && isHttps(bugsUrl)) reportTo = { kind: 'url', value: bugsUrl }
    else problems.push('package.json "bugs.url" must be an https address')
  } else if (bugsEmail !== undefined) {
    if (typeof bugsEmail === 'string' && isEmail(bugsEmail)) reportTo = { kind: 'email', value: bugsEmail }
    else problems.push('package.json "bugs.email" must be an email address')
  }

  let newerCopies: string | null = null
  if (pkg.homepage !== undefined) {
    if (typeof pkg.homepage === 'string' && isHttps(pkg.homepage)) newerCopies = pkg.homepage
    else problems.push('package.json "homepage" must be an https address')
  }
  return {
    provenance: problems.length === 0 ? { publisher: (author as string).trim(), publisherTranslations, reportTo, newerCopies } : null,
    problems
  }
}
