// A checklist as a Markdown file a trainer can print or share: ticks, details and sources.
import type { ChecklistItem, Language } from '../../data/schema'

export function checklistToMarkdown(
  items: ChecklistItem[],
  ticked: (itemId: string) => boolean,
  language: Language,
  heading: string,
  datasetLine: string
): string {
  const lines = [`# ${heading}`, '', datasetLine, '']
  for (const item of items) {
    lines.push(`- [${ticked(item.id) ? 'x' : ' '}] **${item.title[language]}**`, `  ${item.detail[language]}`)
    for (const source of item.sources) lines.push(`  — ${source.title}, ${source.publisher}: ${source.url}`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

export const checklistKey = (messengerId: string, itemId: string) => `${messengerId}/${itemId}`
