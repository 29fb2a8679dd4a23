// The handout's references: short (publisher and date) under the table, and in full (title and
// address) in the optional appendix, numbered alike.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { formatCompactDate } from '../../format/dates'
import { describeSource, quotedTitle } from '../../logic/evidence'
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

/** Short (publisher and date) under the table; in full (with title and address) as the appendix. */
export function HandoutReferences({ references, publishers, language, full }: Props & { full: boolean }) {
  const { t } = useTranslation()
  const publisherLine = usePublisherLine(publishers, language)
  const id = full ? 'handout-appendix' : 'handout-sources'
  return (
    <section className={full ? 'handout__appendix' : 'handout__sources'} aria-labelledby={id}>
      <h2 id={id} className="handout__heading">
        {t(full ? 'handout.appendixHeading' : 'handout.sourcesHeading')}
      </h2>
      {!full && <p className="handout__small">{t('handout.sourcesNote')}</p>}
      <ol>
        {references.map((reference) => {
          const { view, line } = publisherLine(reference)
          return (
            <li key={reference.n} value={reference.n}>
              {full ? `${line}. ${quotedTitle(view)}. ${reference.source.url}` : line}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
