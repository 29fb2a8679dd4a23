// Reads a data-pack file chosen in the import dialog: only a regular file, and never more than the
// pack limit. A FIFO, a device such as /dev/zero or a folder is refused at once, before any read
// that could block or never end.
import { constants } from 'node:fs'
import type { PackRejection } from '../../common/ipc-contract'
import { MAX_PACK_BYTES } from '../../common/vocabulary'
import type { FsPort } from './fs-port'

export type PackFileRead =
  { ok: true; text: string } | { ok: false; reason: Extract<PackRejection, 'not-a-file' | 'too-large'>; detail: string }

export async function readPackFile(path: string, fs: Pick<FsPort, 'stat' | 'open'>, limit = MAX_PACK_BYTES): Promise<PackFileRead> {
  const info = await fs.stat(path)
  if (!info.isFile()) return { ok: false, reason: 'not-a-file', detail: path }
  if (info.size > limit) return { ok: false, reason: 'too-large', detail: `${info.size} bytes` }
  // Non-blocking, and checked again on the open handle: the path may have been swapped meanwhile.
  const handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    if (!(await handle.stat()).isFile()) return { ok: false, reason: 'not-a-file', detail: path }
    const buffer = Buffer.alloc(limit + 1)
    let total = 0
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total)
      if (bytesRead === 0) break
      total += bytesRead
    }
    if (total > limit) return { ok: false, reason: 'too-large', detail: `more than ${limit} bytes` }
    return { ok: true, text: buffer.subarray(0, total).toString('utf8') }
  } finally {
    await handle.close()
  }
}
