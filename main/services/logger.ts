// The main process's log: one line per event, through electron-log (a file in the user-data folder,
// rotated at 1 MB, plus the console). It must hold no personal data: the home folder (which names
// the user) is written as "~", and callers log ids, counts and error codes, never settings or text.
export type Sink = (line: string) => void

export function createLogger(sink: Sink, homeDir: string): (message: string) => void {
  const home = homeDir.replace(/[\\/]+$/, '')
  return (message) => {
    const line = home.length > 1 ? message.split(home).join('~') : message
    sink(`[main] ${line}`)
  }
}
