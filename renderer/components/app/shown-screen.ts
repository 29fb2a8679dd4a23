// The heading of the screen on view: the comparison may still be in the page, hidden, before it
// (KeptComparison).

/** Marks the kept comparison while another screen is shown. */
export const KEPT_HIDDEN_CLASS = 'kept-screen--hidden'

export function shownScreenHeading(root: ParentNode = document): HTMLElement | null {
  const headings = root.querySelectorAll<HTMLElement>('main .screen__title, main h2')
  return [...headings].find((heading) => !heading.closest(`.${KEPT_HIDDEN_CLASS}`)) ?? null
}
