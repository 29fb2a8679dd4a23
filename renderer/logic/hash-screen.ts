// The screen an address's hash names (`#/timeline?…` → 'timeline'), or null: shared by the app's
// address parsing and the boot script, which must stay small and cannot load the rest of it.
import { SCREEN_IDS, type ScreenId } from '../../common/vocabulary'

export function screenOfHash(hash: string): ScreenId | null {
  try {
    const path = decodeURIComponent(hash.replace(/^#\/?/, '').split('?')[0] ?? '')
    return (SCREEN_IDS as readonly string[]).includes(path) ? (path as ScreenId) : null
  } catch {
    return null
  }
}
