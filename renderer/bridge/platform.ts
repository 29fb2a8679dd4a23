// The one interface the UI uses to reach the platform; the same shape as the preload's API, so the
// web edition and Electron cannot drift apart (a contract test checks both).
import type { DesktopApi } from '../../common/ipc-contract'

export type Platform = DesktopApi
