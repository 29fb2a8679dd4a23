// Which component shows each screen: the shell renders the current one, each reads its own state.
import type { ComponentType } from 'react'
import type { ScreenId } from '../../common/vocabulary'
import { AboutScreen } from './AboutScreen'
import { ChecklistsScreen } from './ChecklistsScreen'
import { CompareScreen } from './CompareScreen'
import { HandoutScreen } from './HandoutScreen'
import { MatrixScreen } from './MatrixScreen'
import { OverviewScreen } from './OverviewScreen'
import { TimelineScreen } from './TimelineScreen'
import { WorriesScreen } from './WorriesScreen'

export const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  matrix: MatrixScreen,
  overview: OverviewScreen,
  worries: WorriesScreen,
  checklists: ChecklistsScreen,
  compare: CompareScreen,
  timeline: TimelineScreen,
  handout: HandoutScreen,
  about: AboutScreen
}
