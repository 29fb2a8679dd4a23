// A message the user should see once, such as settings having been reset.
import { useTranslation } from 'react-i18next'

export function NoticeBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="notice" role="status">
      <p className="notice__text">{message}</p>
      <button type="button" className="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
