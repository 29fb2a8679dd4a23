// Keeps a fault in one part of the app from blanking the whole window: React unmounts everything on
// an error it is not told how to handle, so the part that failed is replaced by the fallback instead.
// Used around each screen (the header, the navigation and the other screens keep working) and around
// the whole app (AppBoundary). Remount it with a new key to try again.
import { Component, type ReactNode } from 'react'

interface Props {
  fallback: ReactNode
  children: ReactNode
}

interface State {
  failed: boolean
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
