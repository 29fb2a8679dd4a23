// What reaches the app from outside its screens: the desktop menu's commands and a data pack dropped
// on the window. Rendered only once a dataset is loaded, since exports and PDFs need one; draws nothing.
import { usePlatform } from '../../bridge/platform-context'
import { useComparisonExport } from '../../hooks/use-comparison-export'
import { useMenuCommands } from '../../hooks/use-menu-commands'
import { usePackActions } from '../../hooks/use-pack-actions'
import { usePackDrop } from '../../hooks/use-pack-drop'
import { useDataset } from '../../store/data-store'
import { usePreferences } from '../../store/preferences-context'
import { useViewStore } from '../../store/view-store'

/** The next frame, so the handout is on screen before it is printed. */
const afterRender = (action: () => void) => void requestAnimationFrame(action)

export function AppCommands() {
  const platform = usePlatform()
  const dataset = useDataset()
  const language = usePreferences((s) => s.language)
  const setLanguage = usePreferences((s) => s.setLanguage)
  const setTheme = usePreferences((s) => s.setTheme)
  const showScreen = useViewStore((s) => s.showScreen)
  const setPresenting = useViewStore((s) => s.setPresenting)
  const exportAs = useComparisonExport()
  const { importPack, showImportResult } = usePackActions()

  usePackDrop((file) => {
    showScreen('about')
    void importPack(file)
  })

  useMenuCommands(platform, {
    'show-screen': ({ screen }) => showScreen(screen),
    'set-language': ({ language: next }) => setLanguage(next),
    'set-theme': ({ theme: next }) => setTheme(next),
    present: () => setPresenting(true),
    print: () => {
      showScreen('handout')
      afterRender(() => window.print())
    },
    'save-handout-pdf': () => {
      showScreen('handout')
      afterRender(() => void platform.saveHandoutPdf(`messenger-handout-${dataset.version}-${language}.pdf`))
    },
    export: ({ format }) => void exportAs(format),
    'pack-result': ({ result }) => {
      showImportResult(result)
      showScreen('about')
    }
  })
  return null
}
