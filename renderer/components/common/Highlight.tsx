// A text with the words that answer the search wrapped in <mark>; the plain text when there is no search.
import { memo } from 'react'
import { highlightParts, type SearchQuery } from '../../logic/search'
import './highlight.css'

interface Props {
  text: string
  search: SearchQuery | null
}

export const Highlight = memo(function Highlight({ text, search }: Props) {
  if (!search) return text
  return highlightParts(text, search).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))
})
