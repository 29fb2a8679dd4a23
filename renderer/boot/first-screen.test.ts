// Whoever comes first, the boot script (page parsed) or the app (taking over), puts the first screen
// in the reader's language in place once; the other never replaces what the app has rendered.
import { beforeEach, describe, expect, it } from 'vitest'
import { showFirstScreen, takeOverFirstScreen } from './first-screen'
import { FIRST_SCREENS_GLOBAL, PRERENDERED_ATTRIBUTE, WAITING_ATTRIBUTE } from './prerender-ids'

const html = document.documentElement
let root: HTMLElement
let globals: Record<string, unknown>

beforeEach(() => {
  document.body.innerHTML = '<div id="root" data-prerendered="en"><h1>English</h1></div>'
  root = document.getElementById('root')!
  html.setAttribute(WAITING_ATTRIBUTE, 'ru')
  globals = { [FIRST_SCREENS_GLOBAL]: { ru: '<h1>Русский</h1>' } }
})

describe('the first screen in the reader’s language', () => {
  it('is put in place by the boot script when the page is parsed first', () => {
    showFirstScreen(globals, html, root, 'ru')
    expect(root.textContent).toBe('Русский')
    expect(html.hasAttribute(WAITING_ATTRIBUTE)).toBe(false)
  })

  it('is put in place by the app when it takes over first (the portable file), and the boot script then leaves it alone', () => {
    takeOverFirstScreen(globals, html, root, 'ru')
    expect(root.textContent).toBe('Русский')
    expect(root.getAttribute(PRERENDERED_ATTRIBUTE)).toBe('ru')
    // The app renders; then the page finishes parsing and the boot script runs its part.
    root.removeAttribute(PRERENDERED_ATTRIBUTE)
    root.innerHTML = '<h1>Приложение</h1>'
    showFirstScreen(globals, html, root, 'ru')
    expect(root.textContent).toBe('Приложение')
    expect(html.hasAttribute(WAITING_ATTRIBUTE)).toBe(false)
  })

  it('is not put in place twice', () => {
    showFirstScreen(globals, html, root, 'ru')
    root.querySelector('h1')!.id = 'kept'
    takeOverFirstScreen(globals, html, root, 'ru')
    expect(root.querySelector('#kept')).not.toBeNull()
  })
})
