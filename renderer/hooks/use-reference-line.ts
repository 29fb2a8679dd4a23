// A source as a short printed reference: its publisher (and whose copy it is) and its date, or the day
// an undated page was last read. Shared by the handout's references and the presentation's sources.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language, Source } from '../../common/dataset/schema'
import { formatCompactDate } from '../format/dates'
import { describeSource, type SourceView } from '../logic/evidence'

export function useReferenceLine(
  publishers: Dataset['publishers'],
  language: Language
): (source: Source) => { view: SourceView; line: string } {
  const { t } = useTranslation()
  return (source) => {
    const view = describeSource(source, publishers, language)
    const copy = view.copyOf ? ` (${t('details.copyOf', { publisher: view.copyOf.publisher })})` : ''
    const date = source.published
      ? formatCompactDate(source.published, language)
      : t('handout.pageChecked', { date: formatCompactDate(source.checked, language) })
    return { view, line: `${view.publisher}${copy}, ${date}` }
  }
}
