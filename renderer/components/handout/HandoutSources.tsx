// The handout's numbered source list: publisher (and whose copy it is), title, date and address.
import { useTranslation } from 'react-i18next'
import type { Dataset, Language, Source } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import { describeSource } from '../../logic/evidence'

interface Props {
  references: { n: number; source: Source }[]
  publishers: Dataset['publishers']
  language: Language
}

export function HandoutSources({ references, publishers, language }: Props) {
  const { t } = useTranslation()
  return (
    <section className="handout__sources">
      <h2>{t('handout.sourcesHeading')}</h2>
      <ol>
        {references.map(({ n, source }) => {
          const view = describeSource(source, publishers, language)
          const published = source.published ? formatDate(source.published, language) : null
          return (
            <li key={n} value={n}>
              {view.publisher}
              {view.copyOf && ` (${t('details.copyOf', { publisher: view.copyOf.publisher })})`},{' '}
              {view.descriptive ? view.title : `“${view.title}”`}
              {published && `, ${published}`}
              {/* Russian dates end in "г.": no second full stop. */}
              {published?.endsWith('.') ? ' ' : '. '}
              {source.url}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
