// Reads a dropped or picked file as text for a data pack import, refusing oversized files before
// reading them (the main process checks the size again).
import type { PackImportResult } from '../../common/ipc-contract'
import { MAX_PACK_BYTES } from '../../common/vocabulary'
import type { Platform } from '../bridge/platform'

export async function importPackFile(
  file: Pick<File, 'size' | 'text'>,
  platform: Pick<Platform, 'importDataPack'>
): Promise<PackImportResult> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, reason: 'too-large', detail: `${file.size} bytes` }
  return platform.importDataPack(await file.text())
}
