// The two headline answers for a messenger, on their own scales: can the provider read your
// messages (protection), and does it work in Russia (access). Never one without the other.
import { useTranslation } from 'react-i18next'
import type { AccessStance, ContentStance } from '../../../common/dataset/in-short-rules'
import type { Verdict } from '../../../common/dataset/schema'
import { VerdictBadge } from '../verdict/VerdictBadge'

const CONTENT_VERDICT: Record<ContentStance, Verdict> = {
  'content-protected': 'good',
  'content-partly': 'mixed',
  'content-exposed': 'poor'
}
const ACCESS_VERDICT: Record<AccessStance, Verdict> = {
  'access-works': 'works',
  'access-limited': 'limited',
  'access-blocked': 'blocked',
  'access-unclear': 'unclear'
}

export function HeadlineBadges({ content, access }: { content: ContentStance; access: AccessStance }) {
  const { t } = useTranslation()
  return (
    <dl className="headline-badges">
      <div className="headline-badges__item">
        <dt>{t('inShort.contentLabel')}</dt>
        <dd>
          <VerdictBadge verdict={CONTENT_VERDICT[content]} label={t(`inShort.${content}`)} />
        </dd>
      </div>
      <div className="headline-badges__item">
        <dt>{t('inShort.accessLabel')}</dt>
        <dd>
          <VerdictBadge verdict={ACCESS_VERDICT[access]} />
        </dd>
      </div>
    </dl>
  )
}
