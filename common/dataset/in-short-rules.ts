// The rules that keep a messenger's bottom line ("In short") honest: each sentence declares a stance,
// and the stance must agree with the verdicts of the cells it names. Shared by the data check and the
// decision guide; no dependencies, so the renderer can import it.
import type { Criterion, HeadlineCriteria, InShortSentence, InShortStance, Messenger, Verdict } from './schema'
import { ACCESS_STANCES, CONTENT_STANCES, NOT_KNOWN_VERDICTS } from './vocabulary'

export type ContentStance = (typeof CONTENT_STANCES)[number]
export type AccessStance = (typeof ACCESS_STANCES)[number]

/**
 * Can the provider read your chats and calls? Any poor verdict on the headline content criteria means
 * it can ("exposed"); all good means it cannot ("protected"); anything else is "partly" (optional,
 * partial or not known). A feature the messenger does not have (no calls) is left out: there is
 * nothing of it to read; the bottom line must say it is missing. Nothing offered at all is "partly".
 */
export function contentStanceOf(messenger: Messenger, headline: HeadlineCriteria): ContentStance {
  const verdicts = headline.content.map((id) => messenger.cells[id]?.verdict ?? 'unknown').filter((v) => v !== 'not-offered')
  if (verdicts.includes('poor')) return 'content-exposed'
  if (verdicts.length > 0 && verdicts.every((v) => v === 'good')) return 'content-protected'
  return 'content-partly'
}

const ACCESS_STANCE_OF: Record<string, AccessStance> = {
  works: 'access-works',
  limited: 'access-limited',
  blocked: 'access-blocked',
  unclear: 'access-unclear'
}

/** Does it work in Russia today: the headline access criterion's verdict, as a stance. */
export function accessStanceOf(messenger: Messenger, headline: HeadlineCriteria): AccessStance {
  return ACCESS_STANCE_OF[messenger.cells[headline.access]?.verdict ?? 'unclear'] ?? 'access-unclear'
}

const isContentStance = (stance: InShortStance): stance is ContentStance => (CONTENT_STANCES as readonly string[]).includes(stance)
const isAccessStance = (stance: InShortStance): stance is AccessStance => (ACCESS_STANCES as readonly string[]).includes(stance)

/** The problems with one messenger's bottom line, as messages; empty when it is consistent. */
export function inShortProblems(messenger: Messenger, criteria: Criterion[], headline: HeadlineCriteria): string[] {
  const problems: string[] = []
  const scaleOf = new Map(criteria.map((c) => [c.id, c.scale]))
  const contentStance = contentStanceOf(messenger, headline)
  const accessStance = accessStanceOf(messenger, headline)

  messenger.inShort.forEach((sentence: InShortSentence, index) => {
    const label = `inShort[${index}] (${sentence.stance})`
    const missing = sentence.cells.filter((id) => !scaleOf.has(id) || !Object.hasOwn(messenger.cells, id))
    if (missing.length > 0) {
      problems.push(`${label}: names cells that do not exist: ${missing.join(', ')}`)
      return
    }
    const verdicts: Verdict[] = sentence.cells.map((id) => messenger.cells[id]!.verdict)
    const allProtection = sentence.cells.every((id) => scaleOf.get(id) === 'protection')
    const namesAllContent = headline.content.every((id) => sentence.cells.includes(id))
    const fail = (why: string) => problems.push(`${label}: ${why}`)

    if (isContentStance(sentence.stance)) {
      if (sentence.stance !== contentStance) fail(`the cells of ${headline.content.join(', ')} make this messenger "${contentStance}"`)
      if (sentence.stance === 'content-exposed') {
        if (!sentence.cells.some((id) => headline.content.includes(id))) fail(`must name at least one of ${headline.content.join(', ')}`)
        if (!allProtection || verdicts.some((v) => v !== 'poor')) fail('every cell it names must be a protection cell rated poor')
      } else if (!namesAllContent) fail(`must name all of ${headline.content.join(', ')}`)
      else if (sentence.stance === 'content-protected' && verdicts.some((v) => v !== 'good' && v !== 'not-offered'))
        fail('every cell it names must be rated good (or not offered, which the sentence must then say)')
    } else if (isAccessStance(sentence.stance)) {
      if (!sentence.cells.includes(headline.access)) fail(`must name ${headline.access}`)
      if (sentence.cells.some((id) => scaleOf.get(id) !== 'access')) fail('may name only access cells')
      if (sentence.stance !== accessStance)
        fail(`${headline.access} is rated "${messenger.cells[headline.access]?.verdict}", which is "${accessStance}"`)
    } else if (sentence.stance === 'strength') {
      if (!allProtection || verdicts.some((v) => v !== 'good')) fail('a strength may name only protection cells rated good')
    } else if (sentence.stance === 'weakness') {
      if (!allProtection || verdicts.some((v) => v !== 'poor' && v !== 'mixed'))
        fail('a weakness may name only protection cells rated poor or mixed')
    } else if (sentence.stance === 'uncertain') {
      if (!verdicts.some((v) => NOT_KNOWN_VERDICTS.includes(v)))
        fail('an uncertain sentence must name at least one cell whose answer is not known')
    }
  })

  const count = (test: (s: InShortStance) => boolean) => messenger.inShort.filter((s) => test(s.stance)).length
  if (count(isContentStance) !== 1)
    problems.push('inShort: needs exactly one sentence on whether the provider can read your messages (a content-… stance)')
  if (count(isAccessStance) !== 1) problems.push('inShort: needs exactly one sentence on whether it works in Russia (an access-… stance)')
  return problems
}
