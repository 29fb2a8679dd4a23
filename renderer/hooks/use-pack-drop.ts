// A data pack dropped anywhere on the window is handed to `onFile` (the browser would otherwise
// navigate to the file).
import { useEffect, useEffectEvent } from 'react'

export function usePackDrop(onFile: (file: File) => void): void {
  // An effect event always calls the latest `onFile` without re-adding the listeners.
  const handOver = useEffectEvent(onFile)
  useEffect(() => {
    const allowDrop = (event: DragEvent) => event.preventDefault()
    const drop = (event: DragEvent) => {
      event.preventDefault()
      const file = event.dataTransfer?.files[0]
      if (file) handOver(file)
    }
    window.addEventListener('dragover', allowDrop)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', allowDrop)
      window.removeEventListener('drop', drop)
    }
  }, [])
}
