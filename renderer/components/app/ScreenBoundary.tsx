// Keeps a fault in one screen from blanking the whole app: React unmounts everything on an error it
// is not told how to handle, so the screen is replaced by the fallback instead, and the header, the
// navigation and the other screens keep working. Keyed by screen where it is used, so showing the
// screen again tries again.
import { Component, type ReactNode } from 'react'

interface Props {
  fallback: ReactNode
  children: ReactNode
}

interface State {
  failed: boolean
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
