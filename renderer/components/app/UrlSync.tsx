// Mounts the address-bar sync once a dataset is loaded (deep links name its messengers and criteria).
import { useUrlSync } from '../../hooks/use-url-sync'
import { useDataset } from '../../store/data-store'
import { usePreferencesStore } from '../../store/preferences-context'

export function UrlSync() {
  useUrlSync(useDataset(), usePreferencesStore())
  return null
}
