// The handout's references: short (publisher and date) under the table, and in full (title and
// address) in the optional appendix, numbered alike.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language } from '../../../common/dataset/schema'
import { useReferenceLine } from '../../hooks/use-reference-line'
import { quotedTitle } from '../../logic/evidence'
import type { HandoutReference } from '../../logic/handout-references'

interface Props {
  references: readonly HandoutReference[]
  publishers: Dataset['publishers']
  language: Language
}

/** Short (publisher and date) under the table; in full (with title and address) as the appendix. */
export function HandoutReferences({ references, publishers, language, full }: Props & { full: boolean }) {
  const { t } = useTranslation()
  const referenceLine = useReferenceLine(publishers, language)
  const id = full ? 'handout-appendix' : 'handout-sources'
  return (
    <section className={full ? 'handout__appendix' : 'handout__sources'} aria-labelledby={id}>
      <h2 id={id} className="handout__heading">
        {t(full ? 'handout.appendixHeading' : 'handout.sourcesHeading')}
      </h2>
      {!full && <p className="handout__small">{t('handout.sourcesNote')}</p>}
      <ol>
        {references.map((reference) => {
          const { view, line } = referenceLine(reference.source)
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
