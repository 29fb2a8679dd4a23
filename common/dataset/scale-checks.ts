// What criteria's scales allow: verdicts on their criterion's scale, headline criteria on the right
// scale, dealbreakers only on protection, and bottom lines that match the verdicts they summarise.
import { DATA_FILE_NAMES } from './data-files'
import { inShortProblems } from './in-short-rules'
import type { DatasetCandidate } from './parse-files'
import { errorAt, type DataProblem } from './problems'
import type { CriteriaFile, Scale } from './schema'
import { SCALE_VERDICTS } from './vocabulary'

const scaleOf = (criteria: CriteriaFile, id: string): Scale | undefined => criteria.criteria.find((c) => c.id === id)?.scale

function verdictProblems({ messengers }: DatasetCandidate, criteria: CriteriaFile): DataProblem[] {
  return messengers.flatMap(({ file, messenger }) =>
    Object.entries(messenger.cells).flatMap(([criterion, cell]) => {
      const scale = scaleOf(criteria, criterion)
      // "Not offered" on the localisation law or the registry would mean nothing, and would drop the
      // cell from the bottom line's content stance: only criteria about a feature allow it.
      if (cell.verdict === 'not-offered' && scale === 'protection' && !criteria.criteria.find((c) => c.id === criterion)?.feature)
        return [
          errorAt(
            { file, messenger: messenger.id, criterion },
            'verdict "not-offered" is only for criteria about a feature a messenger may lack ("feature": true in criteria.json)'
          )
        ]
      if (!scale || (SCALE_VERDICTS[scale] as readonly string[]).includes(cell.verdict)) return []
      return [
        errorAt(
          { file, messenger: messenger.id, criterion },
          `verdict "${cell.verdict}" is not on the ${scale} scale (${SCALE_VERDICTS[scale].join(', ')})`
        )
      ]
    })
  )
}

function inShortScaleProblems({ messengers }: DatasetCandidate, criteria: CriteriaFile): DataProblem[] {
  return messengers.flatMap(({ file, messenger }) =>
    inShortProblems(messenger, criteria.criteria, criteria.headline).map((message) => errorAt({ file, messenger: messenger.id }, message))
  )
}

function headlineProblems(criteria: CriteriaFile): DataProblem[] {
  const { headline } = criteria
  const expected: [id: string, scale: Scale, role: string][] = [
    ...headline.content.map((id): [string, Scale, string] => [id, 'protection', 'content']),
    [headline.access, 'access', 'access'],
    [headline.accessRisk, 'protection', 'accessRisk']
  ]
  return expected
    .filter(([id, scale]) => scaleOf(criteria, id) !== scale)
    .map(([id, scale, role]) =>
      errorAt({ file: DATA_FILE_NAMES.criteria, criterion: id }, `headline.${role}: must be an existing ${scale} criterion`)
    )
}

// A criterion can only be a dealbreaker on the protection scale: access is always a stated trade-off.
function essentialProblems({ concerns }: DatasetCandidate, criteria: CriteriaFile): DataProblem[] {
  return (concerns?.concerns ?? []).flatMap((concern) =>
    concern.essential
      // One not among its criteria is already a reference problem.
      .filter((id) => concern.criteria.includes(id) && scaleOf(criteria, id) !== 'protection')
      .map((id) =>
        errorAt({ file: DATA_FILE_NAMES.concerns, criterion: id }, `concern "${concern.id}": only protection criteria can be essential`)
      )
  )
}

export function scaleChecks(candidate: DatasetCandidate): DataProblem[] {
  const { criteria } = candidate
  if (!criteria) return []
  return [
    ...verdictProblems(candidate, criteria),
    ...inShortScaleProblems(candidate, criteria),
    ...headlineProblems(criteria),
    ...essentialProblems(candidate, criteria)
  ]
}
