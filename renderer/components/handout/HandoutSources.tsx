// The handout's references: short (publisher and date) under the table, and in full (title and
// address) in the optional appendix, numbered alike.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { formatCompactDate } from '../../format/dates'
import { describeSource } from '../../logic/evidence'
import type { HandoutReference } from '../../logic/handout-references'

interface Props {
  references: readonly HandoutReference[]
  publishers: Dataset['publishers']
  language: Language
}

function usePublisherLine(publishers: Dataset['publishers'], language: Language) {
  const { t } = useTranslation()
  return ({ source }: HandoutReference) => {
    const view = describeSource(source, publishers, language)
    const copy = view.copyOf ? ` (${t('details.copyOf', { publisher: view.copyOf.publisher })})` : ''
    // An undated page (a vendor's FAQ, say) is dated by the day it was last read.
    const date = source.published
      ? formatCompactDate(source.published, language)
      : t('handout.pageChecked', { date: formatCompactDate(source.checked, language) })
    return { view, line: `${view.publisher}${copy}, ${date}` }
  }
}

export function HandoutShortReferences({ references, publishers, language }: Props) {
  const { t } = useTranslation()
  const publisherLine = usePublisherLine(publishers, language)
  return (
    <section className="handout__sources" aria-labelledby="handout-sources">
      <h2 id="handout-sources" className="handout__heading">
        {t('handout.sourcesHeading')}
      </h2>
      <p className="handout__small">{t('handout.sourcesNote')}</p>
      <ol>
        {references.map((reference) => (
          <li key={reference.n} value={reference.n}>
            {publisherLine(reference).line}
          </li>
        ))}
      </ol>
    </section>
  )
}

export function HandoutAppendix({ references, publishers, language }: Props) {
  const { t } = useTranslation()
  const publisherLine = usePublisherLine(publishers, language)
  return (
    <section className="handout__appendix" aria-labelledby="handout-appendix">
      <h2 id="handout-appendix" className="handout__heading">
        {t('handout.appendixHeading')}
      </h2>
      <ol>
        {references.map((reference) => {
          const { view, line } = publisherLine(reference)
          return (
            <li key={reference.n} value={reference.n}>
              {line}. {view.descriptive ? view.title : `“${view.title}”`}. {reference.source.url}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
