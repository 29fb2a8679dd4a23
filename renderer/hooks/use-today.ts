// Today's date, fixed for the life of the app: "possibly outdated" flags must not change mid-session.
import { useState } from 'react'
import { todayIso } from '../format/today'

export function useToday(): string {
  const [today] = useState(todayIso)
  return today
}
