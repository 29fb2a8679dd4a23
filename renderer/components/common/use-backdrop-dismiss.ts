// A modal <dialog> closes on a tap or click on its backdrop. The click's target is then the dialog
// element itself (never its content); the press must also start there, so selecting text inside and
// releasing outside does not close it. Escape still closes it natively.
import { useRef, type MouseEvent, type PointerEvent } from 'react'

export function useBackdropDismiss() {
  const pressedOnBackdrop = useRef(false)
  return {
    onPointerDown: (event: PointerEvent<HTMLDialogElement>) => {
      pressedOnBackdrop.current = event.target === event.currentTarget
    },
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      if (event.target === event.currentTarget && pressedOnBackdrop.current) event.currentTarget.close()
      pressedOnBackdrop.current = false
    }
  }
}
