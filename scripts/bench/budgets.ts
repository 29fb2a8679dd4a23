// The budgets of issue 15, checked against the figures of one bench run, and the table that shows them.
import type { HtmlComposition, HtmlPart } from './sizes'
import type { Timing } from './stats'

export const BUDGETS = {
  /** The comparison's first paint, at most this many times a blank page's. */
  paintVsBlank: 2,
  /** …and no later than the same first screen as a static page (no script, no data). */
  paintVsStatic: 1,
  interactionMedianMs: 50,
  interactionWorstMs: 100,
  /** At the generated 50 messengers × 200 criteria. */
  syntheticMedianMs: 100,
  /** Strictly below. */
  jsGzipKb: 150,
  prerenderedLanguages: 1
}

export interface Measurements {
  jsGzipKb: number
  html: HtmlComposition
  paint: { comparison: Timing; blank: Timing; static: Timing }
  /** A click with nothing behind it, on the static page: what the method itself measures. */
  idleClick: Timing
  interactions: Record<string, Timing>
  syntheticLabel: string
  syntheticInteractions: Record<string, Timing>
}

export interface Check {
  figure: string
  value: string
  baseline: string
  budget: string
  met: boolean
}

const ms = (value: number) => `${value.toFixed(1)} ms`
const medianWorst = (t: Timing) => `${ms(t.median)} (worst ${ms(t.worst)})`

export function checkBudgets(m: Measurements): Check[] {
  const { comparison, blank, static: staticPage } = m.paint
  const idle = `idle click ${medianWorst(m.idleClick)}`
  return [
    {
      figure: 'first paint of the comparison (median)',
      value: ms(comparison.median),
      baseline: `blank page ${ms(blank.median)}`,
      budget: `≤ ${BUDGETS.paintVsBlank}× blank = ${ms(blank.median * BUDGETS.paintVsBlank)}`,
      met: comparison.median <= blank.median * BUDGETS.paintVsBlank
    },
    {
      figure: 'first paint of the comparison (median)',
      value: ms(comparison.median),
      baseline: `static page ${ms(staticPage.median)}`,
      budget: `≤ static page`,
      met: comparison.median <= staticPage.median * BUDGETS.paintVsStatic
    },
    ...Object.entries(m.interactions).map(([name, t]) => ({
      figure: `${name}, real data`,
      value: medianWorst(t),
      baseline: idle,
      budget: `median ≤ ${BUDGETS.interactionMedianMs}, worst ≤ ${BUDGETS.interactionWorstMs} ms`,
      met: t.median <= BUDGETS.interactionMedianMs && t.worst <= BUDGETS.interactionWorstMs
    })),
    ...Object.entries(m.syntheticInteractions).map(([name, t]) => ({
      figure: `${name}, ${m.syntheticLabel}`,
      value: medianWorst(t),
      baseline: idle,
      budget: `median ≤ ${BUDGETS.syntheticMedianMs} ms`,
      met: t.median <= BUDGETS.syntheticMedianMs
    })),
    {
      figure: 'renderer JS: app and boot script (gzip)',
      value: `${m.jsGzipKb.toFixed(1)} KB`,
      baseline: '—',
      budget: `< ${BUDGETS.jsGzipKb} KB`,
      met: m.jsGzipKb < BUDGETS.jsGzipKb
    },
    {
      figure: 'index.html: languages prerendered',
      value: m.html.prerenderedLanguages.join(' + '),
      baseline: '—',
      budget: `≤ ${BUDGETS.prerenderedLanguages}`,
      met: m.html.prerenderedLanguages.length <= BUDGETS.prerenderedLanguages
    },
    {
      figure: 'index.html: dataset embedded',
      value: `${(m.html.datasetShare * 100).toFixed(0)} % (${m.html.datasetKb.toFixed(0)} KB)`,
      baseline: '—',
      budget: '< the whole dataset',
      met: m.html.datasetShare < 1
    }
  ]
}

export function formatTable(checks: Check[]): string {
  const header = ['figure', 'value', 'baseline (same run)', 'budget', 'met?']
  const rows = checks.map((c) => [c.figure, c.value, c.baseline, c.budget, c.met ? 'yes' : 'NO'])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n')
}

export function formatComposition(html: HtmlComposition): string {
  const total = html.parts.reduce((sum, p) => sum + p.kb, 0)
  const line = (p: HtmlPart) => `  ${p.part.padEnd(28)} ${p.kb.toFixed(1).padStart(9)} KB  ${p.gzipKb.toFixed(1).padStart(8)} KB gzip`
  return [
    `index.html carries (${total.toFixed(0)} KB in all):`,
    ...html.parts.map(line),
    'loaded after the first paint:',
    ...html.loadedLater.map(line)
  ].join('\n')
}
