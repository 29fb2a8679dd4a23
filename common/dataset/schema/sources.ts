// The publisher registry and the sources that cite it: a source's kind and weight come from the registry.
import { z } from 'zod'
import { PUBLISHER_KINDS, PUBLISHER_TIERS, STATE_AFFILIATIONS } from '../vocabulary'
import { HttpsUrlSchema, IdSchema, IsoDateSchema, JsonSchemaReference, LocalizedTextSchema, PartialDateSchema } from './primitives'

/** A host name (`www.` dropped), optionally with a path prefix such as `github.com/signalapp`. */
export const PublisherDomainSchema = z
  .string()
  .regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+(\/[A-Za-z0-9._~-]+)*$/, 'expected a host name such as example.com or github.com/owner')

/** One publisher in the registry: everything a source's kind and weight are derived from. */
export const PublisherSchema = z.strictObject({
  domain: PublisherDomainSchema,
  /** Names are often Latin in both languages ("Reuters"), so only their presence is checked. */
  name: z.strictObject({ en: z.string().trim().min(1), ru: z.string().trim().min(1) }),
  kind: z.enum(PUBLISHER_KINDS),
  tier: z.enum(PUBLISHER_TIERS),
  state: z.enum(STATE_AFFILIATIONS),
  /** For a vendor: the messengers whose own site this is (checked against their `officialDomains`). */
  vendorOf: z.array(IdSchema).min(1).optional()
})

export const PublishersFileSchema = z.strictObject({
  $schema: JsonSchemaReference,
  publishers: z.array(PublisherSchema).min(1)
})

/**
 * A source's title: its own headline as a string, in its own language; or, when the headline is not
 * quoted, a [bracketed description] written in both languages.
 */
export const SourceTitleSchema = z.union([z.string().trim().min(1), LocalizedTextSchema])

/**
 * Whose text a copy carries: a bare name that reads the same in both languages ("Reuters", "The Moscow Times"),
 * or, when it needs words around it ("AFP, as published by the Taipei Times"), `{ en, ru }`, because Russian
 * readers must never see English prose. `data:check` holds a plain string to a bare name (`isBareName`).
 */
export const CopyOfPublisherSchema = z.union([z.string().trim().min(1), LocalizedTextSchema])

/** The original a copy (an aggregator's, a mirror's or a syndicated one) reproduces. */
export const CopyOfSchema = z.strictObject({
  publisher: CopyOfPublisherSchema,
  url: HttpsUrlSchema.optional(),
  title: z.string().trim().min(1).optional()
})

/** Who published a source, its kind and its tier come from the registry by its URL, never by hand. */
export const SourceSchema = z.strictObject({
  title: SourceTitleSchema,
  url: HttpsUrlSchema,
  published: PartialDateSchema.optional(),
  checked: IsoDateSchema,
  copyOf: CopyOfSchema.optional(),
  /** One sentence quoted from the source, in its own language. */
  excerpt: z.string().trim().min(1).max(400).optional()
})

export type Publisher = z.infer<typeof PublisherSchema>
export type PublisherKind = Publisher['kind']
export type PublisherTier = Publisher['tier']
export type StateAffiliation = Publisher['state']
export type SourceTitle = z.infer<typeof SourceTitleSchema>
export type CopyOfPublisher = z.infer<typeof CopyOfPublisherSchema>
export type Source = z.infer<typeof SourceSchema>
