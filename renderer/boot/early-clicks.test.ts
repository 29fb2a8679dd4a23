// A tap on the prerendered page before the app starts is pressed again once it has, not lost.
import { describe, expect, it, vi } from 'vitest'
import { replayClicks, takeEarlyClicks } from './early-clicks'
import { EARLY_CLICKS_GLOBAL } from './prerender-ids'

const spyOn = (element: Element) => {
  const spy = vi.fn()
  element.addEventListener('click', spy)
  return spy
}

describe('early clicks', () => {
  it('are taken once (recording stops) and pressed again if still on the page', () => {
    document.body.innerHTML = '<button id="kept">Русский</button><button id="gone">x</button>'
    const kept = document.getElementById('kept')!
    const gone = document.getElementById('gone')!
    const globals: Record<string, unknown> = { [EARLY_CLICKS_GLOBAL]: [kept, gone] }
    const clicks = takeEarlyClicks(globals)
    expect(globals[EARLY_CLICKS_GLOBAL]).toBeNull()
    expect(takeEarlyClicks(globals)).toEqual([])
    gone.remove()
    const onKept = spyOn(kept)
    const onGone = spyOn(gone)
    replayClicks(clicks, document)
    expect(onKept).toHaveBeenCalledTimes(1)
    expect(onGone).not.toHaveBeenCalled()
  })

  it('press the same button again after a fresh render replaced the page, found by its text', () => {
    const root = document.createElement('div')
    document.body.replaceChildren(root)
    root.innerHTML = '<nav><button>Comparison</button><button>Overview</button></nav>'
    const pressed = root.querySelectorAll('button')[1]!
    // The app renders afresh: new elements, same names.
    root.innerHTML = '<nav><button>Comparison</button><button>Overview</button></nav>'
    const onNew = spyOn(root.querySelectorAll('button')[1]!)
    const onOther = spyOn(root.querySelectorAll('button')[0]!)
    replayClicks([pressed], root)
    expect(onNew).toHaveBeenCalledTimes(1)
    expect(onOther).not.toHaveBeenCalled()
  })

  it('drop a replaced button the new page has none of, or several of, rather than guess', () => {
    const root = document.createElement('div')
    document.body.replaceChildren(root)
    root.innerHTML = '<button>Signal — Calls: Good</button><button>Show more</button>'
    const [cell, more] = [...root.querySelectorAll('button')]
    root.innerHTML = '<button>Show more</button><button>Show more</button>'
    const spies = [...root.querySelectorAll('button')].map(spyOn)
    replayClicks([cell!, more!], root)
    for (const spy of spies) expect(spy).not.toHaveBeenCalled()
  })
})
