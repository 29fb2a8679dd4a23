// The frame every screen shares: a landmark section named by its heading, with an optional intro
// and actions beside the heading.
import type { ReactNode } from 'react'
import './common.css'

interface Props {
  id: string
  title: string
  intro?: string
  actions?: ReactNode
  className?: string
  children: ReactNode
}

export function Screen({ id, title, intro, actions, className, children }: Props) {
  return (
    <section className={`screen${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`}>
      <div className="screen__heading">
        <h2 id={`${id}-title`} className="screen__title">
          {title}
        </h2>
        {actions}
      </div>
      {intro && <p className="screen__intro">{intro}</p>}
      {children}
    </section>
  )
}
