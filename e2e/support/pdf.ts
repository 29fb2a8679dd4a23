// Reads a PDF back as a person would: how many pages, and the words on each.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise
  const pages: string[] = []
  for (let n = 1; n <= document.numPages; n++)
    pages.push((await (await document.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '))
  return pages
}
