// Before anything leaves the app: opening a source needs the internet and is visible to the site.
import { useTranslation } from 'react-i18next'
import { useBackdropDismiss } from './use-backdrop-dismiss'
import { useModalDialog } from './use-modal-dialog'
import './common.css'

interface Props {
  url: string
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmLinkDialog({ url, onConfirm, onCancel }: Props) {
  const { t } = useTranslation()
  const dialogRef = useModalDialog()
  const backdrop = useBackdropDismiss()
  return (
    <dialog
      ref={dialogRef}
      className="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onClose={onCancel}
      {...backdrop}
    >
      {/* The padding sits inside, so a tap on the dialog element itself is a tap on the backdrop. */}
      <div className="confirm__content">
        <h2 id="confirm-title" className="confirm__title">
          {t('link.title')}
        </h2>
        <p id="confirm-body">{t('link.body')}</p>
        <p className="confirm__url" translate="no">
          {url}
        </p>
        <div className="confirm__actions">
          <button type="button" className="button" autoFocus onClick={() => dialogRef.current?.close()}>
            {t('link.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm}>
            {t('link.open')}
          </button>
        </div>
      </div>
    </dialog>
  )
}
