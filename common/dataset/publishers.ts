// Finds a source's publisher in the registry by its URL. Pure and dependency-free: the data check and
// the renderer share it, so the app shows exactly the kind and tier the check enforced.
import type { Publisher, PublisherTier, Source } from './schema'
import { NOT_KNOWN_VERDICTS, STRONG_TIERS } from './vocabulary'

/** `https://www.example.com/a/b` → `example.com/a/b`: the form registry domains are written in. */
function siteKey(url: string): { host: string; path: string } | null {
  try {
    const { hostname, pathname } = new URL(url)
    return { host: hostname.toLowerCase().replace(/^www\./, ''), path: pathname }
  } catch {
    return null
  }
}

function matches(domain: string, host: string, path: string): boolean {
  const slash = domain.indexOf('/')
  if (slash === -1) return host === domain || host.endsWith(`.${domain}`)
  const [domainHost, prefix] = [domain.slice(0, slash), domain.slice(slash)]
  return host === domainHost && (path === prefix || path.startsWith(`${prefix}/`))
}

const indexes = new WeakMap<readonly Publisher[], Map<string, Publisher | null>>()

/** The most specific registry entry for a URL (a path prefix or subdomain beats its parent), or null. */
export function publisherOf(url: string, publishers: readonly Publisher[]): Publisher | null {
  let cache = indexes.get(publishers)
  if (!cache) indexes.set(publishers, (cache = new Map<string, Publisher | null>()))
  const cached = cache.get(url)
  if (cached !== undefined) return cached
  const key = siteKey(url)
  const found = key
    ? (publishers.filter((p) => matches(p.domain, key.host, key.path)).sort((a, b) => b.domain.length - a.domain.length)[0] ?? null)
    : null
  cache.set(url, found)
  return found
}

/** Copies (aggregators, mirrors) must stay below this share of all references: cite originals. */
export const COPY_SHARE_LIMIT = 0.05

export const isStrongTier = (tier: PublisherTier): boolean => (STRONG_TIERS as readonly string[]).includes(tier)

/** A copy carries someone else's text: it can support a claim only by naming the original. */
export const isCopyKind = (publisher: Publisher): boolean => publisher.kind === 'aggregator' || publisher.kind === 'mirror'

/** Is this source from a primary or reputable publisher? */
export function isStrongSource(source: Source, publishers: readonly Publisher[]): boolean {
  const publisher = publisherOf(source.url, publishers)
  return publisher !== null && isStrongTier(publisher.tier)
}

/**
 * An answer that says it is not known may rest on users' reports alone when they are all there is (a
 * block nobody official has confirmed): it then cites at least one. Any other answer needs a strong source.
 */
export const mayRestOnUsersReports = (verdict: string | undefined, sources: readonly Source[], publishers: readonly Publisher[]): boolean =>
  verdict !== undefined &&
  NOT_KNOWN_VERDICTS.includes(verdict) &&
  sources.some((source) => publisherOf(source.url, publishers)?.kind === 'user-reports')

/** Does this list hold at least one source from a primary or reputable publisher? */
export const hasStrongSource = (sources: readonly Source[], publishers: readonly Publisher[]): boolean =>
  sources.some((source) => isStrongSource(source, publishers))
