// A checklist as a Markdown file a trainer can print or share: ticks, details and sources.
import type { ChecklistItem, Dataset, Language } from '../../common/dataset/schema'
import { describeSource } from './evidence'

export function checklistToMarkdown(
  items: ChecklistItem[],
  ticked: (itemId: string) => boolean,
  language: Language,
  publishers: Dataset['publishers'],
  heading: string,
  datasetLine: string
): string {
  const lines = [`# ${heading}`, '', datasetLine, '']
  for (const item of items) {
    lines.push(`- [${ticked(item.id) ? 'x' : ' '}] **${item.title[language]}**`, `  ${item.detail[language]}`)
    for (const source of item.sources) {
      const view = describeSource(source, publishers, language)
      lines.push(`  — ${view.title}, ${view.publisher}: ${source.url}`)
    }
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
