// Import a signed data pack (file picker or drop), or go back to the data built into the app.
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { DatasetInfo, PackImportResult } from '../../../common/ipc-contract'
import type { Language } from '../../../common/dataset/schema'
import { formatDate } from '../../format/dates'
import type { PackOutcome } from '../../store/view-store'

interface Props {
  language: Language
  isDesktop: boolean
  /** False when this build trusts no signing key: then no pack can be imported, and the panel says why. */
  trustsPacks: boolean
  origin: DatasetInfo['origin']
  outcome: PackOutcome | null
  onImport: (file: File) => Promise<PackImportResult>
  onRevert: () => Promise<DatasetInfo>
}

export function DataPackPanel({ language, isDesktop, trustsPacks, origin, outcome, onImport, onRevert }: Props) {
  const { t } = useTranslation()
  const inputRef = useRef<HTMLInputElement>(null)
  const describe = (info: DatasetInfo) => ({ version: info.dataset.version, date: formatDate(info.dataset.date, language) })
  const message =
    outcome === null
      ? null
      : outcome.kind === 'revert'
        ? { text: t('packs.reverted', describe(outcome.info)), isError: false }
        : outcome.result.ok && outcome.result.revokedKeys !== undefined
          ? { text: t('packs.revokedKeys', { count: outcome.result.revokedKeys }), isError: false }
          : outcome.result.ok
            ? { text: t('packs.imported', { ...describe(outcome.result.info), signer: outcome.result.info.signer ?? '' }), isError: false }
            : { text: t(`packs.refused.${outcome.result.reason}`), isError: true }

  const importFile = async (file: File | undefined) => {
    if (inputRef.current) inputRef.current.value = ''
    if (file) await onImport(file)
  }

  return (
    <section aria-labelledby="packs-title" className="packs">
      <h3 id="packs-title">{t('packs.heading')}</h3>
      <p>{t('packs.intro')}</p>
      {isDesktop && !trustsPacks && <p className="packs__hint">{t('packs.noKeys')}</p>}
      {isDesktop ? (
        <>
          <div className="packs__actions">
            {trustsPacks && (
              <button type="button" className="button button--primary" onClick={() => inputRef.current?.click()}>
                {t('packs.import')}
              </button>
            )}
            <input
              ref={inputRef}
              type="file"
              accept=".json,application/json"
              hidden
              onChange={(event) => void importFile(event.target.files?.[0])}
            />
            {origin === 'imported' && (
              <button type="button" className="button" onClick={() => void onRevert()}>
                {t('packs.revert')}
              </button>
            )}
          </div>
          {trustsPacks && <p className="packs__hint">{t('packs.dropHint')}</p>}
        </>
      ) : (
        <p className="packs__hint">{t('packs.webOnly')}</p>
      )}
      {message && (
        <p role={message.isError ? 'alert' : 'status'} className={message.isError ? 'packs__error' : 'packs__ok'}>
          {message.text}
        </p>
      )}
    </section>
  )
}
