// A <dialog> shown modal while its component is mounted. Closed by Escape or its Close button, the
// browser returns the focus to what opened it; removed from the page while still open (Back closed it
// through the address), it would leave the focus on <body>, so the opener gets it back here too.
// (Closing the dialog on the way out instead would fire its close event, which means "the reader closed
// it", and React's StrictMode rehearsal of an unmount would then really close it.)
import { useLayoutEffect, useRef } from 'react'

export function useModalDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const openerRef = useRef<Element | null>(null)
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) {
      openerRef.current = document.activeElement
      dialog.showModal()
    }
    return () => {
      // After the commit that removed it; a rehearsal leaves it in the page and changes nothing.
      queueMicrotask(() => {
        const opener = openerRef.current
        if (dialog && !dialog.isConnected && opener instanceof HTMLElement && opener.isConnected) opener.focus()
      })
    }
  }, [])
  return dialogRef
}
