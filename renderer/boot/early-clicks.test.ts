// A tap on the prerendered page before the app starts is pressed again once it has, not lost.
import { describe, expect, it, vi } from 'vitest'
import { replayClicks, takeEarlyClicks } from './early-clicks'
import { EARLY_CLICKS_GLOBAL } from './prerender-ids'

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
    const onKept = vi.fn()
    const onGone = vi.fn()
    kept.addEventListener('click', onKept)
    gone.addEventListener('click', onGone)
    replayClicks(clicks)
    expect(onKept).toHaveBeenCalledTimes(1)
    expect(onGone).not.toHaveBeenCalled()
  })
})
