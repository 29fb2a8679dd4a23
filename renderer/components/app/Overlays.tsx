// What opens above the screens: a cell's details, the presentation, and the "open this link?" question.
import { useMemo } from 'react'
import { usePlatform } from '../../bridge/platform-context'
import { useComparisonChoice } from '../../hooks/use-comparison-choice'
import { useToday } from '../../hooks/use-today'
import { findCriterion, findMessenger } from '../../logic/dataset-lookups'
import { buildDeck } from '../../logic/presentation-deck'
import { useDataset } from '../../store/data-store'
import { usePreferences } from '../../store/preferences-context'
import { useViewStore } from '../../store/view-store'
import { ConfirmLinkDialog } from '../common/ConfirmLinkDialog'
import { CellDetails } from '../details/CellDetails'
import { Presentation } from '../presentation/Presentation'

const RECENT_EVENTS = 3

function CellDetailsLayer() {
  const dataset = useDataset()
  const today = useToday()
  const language = usePreferences((s) => s.language)
  const openCell = useViewStore((s) => s.openCell)
  const closeDetails = useViewStore((s) => s.closeDetails)
  const requestLink = useViewStore((s) => s.requestLink)
  const messenger = openCell ? findMessenger(dataset, openCell.messengerId) : undefined
  const criterion = openCell ? findCriterion(dataset, openCell.criterionId) : undefined
  const cell = messenger && criterion ? messenger.cells[criterion.id] : undefined
  if (!messenger || !criterion || !cell) return null
  return (
    <CellDetails
      key={`${messenger.id}/${criterion.id}`}
      messenger={messenger}
      criterion={criterion}
      area={dataset.areas.find((a) => a.id === criterion.area)}
      cell={cell}
      recentEvents={dataset.timeline
        .filter((e) => e.messengers.includes(messenger.id))
        .slice(-RECENT_EVENTS)
        .reverse()}
      publishers={dataset.publishers}
      language={language}
      today={today}
      onClose={closeDetails}
      onOpenLink={requestLink}
    />
  )
}

function PresentationLayer() {
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const { areaIds, messengerIds } = useComparisonChoice()
  const deck = useMemo(() => buildDeck(dataset, areaIds, messengerIds), [dataset, areaIds, messengerIds])
  const slide = useViewStore((s) => s.slide)
  const setSlide = useViewStore((s) => s.setSlide)
  const setPresenting = useViewStore((s) => s.setPresenting)
  return slide !== null ? (
    <Presentation
      dataset={dataset}
      deck={deck}
      language={language}
      index={slide}
      onIndexChange={setSlide}
      onExit={() => setPresenting(false)}
    />
  ) : null
}

/** A source opens in the browser only after the user confirms it. */
export function LinkConfirmation() {
  const platform = usePlatform()
  const pendingLink = useViewStore((s) => s.pendingLink)
  const settleLink = useViewStore((s) => s.settleLink)
  if (!pendingLink) return null
  const open = async () => {
    settleLink()
    await platform.openLink(pendingLink)
  }
  return <ConfirmLinkDialog key={pendingLink} url={pendingLink} onConfirm={open} onCancel={settleLink} />
}

export function DatasetOverlays() {
  return (
    <>
      <CellDetailsLayer />
      <PresentationLayer />
    </>
  )
}
