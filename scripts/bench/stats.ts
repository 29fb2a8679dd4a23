// The two statistics every timed figure is reported with.
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const worst = (values: readonly number[]): number => Math.max(...values)

export interface Timing {
  median: number
  worst: number
  samples: number[]
}

export const timing = (samples: number[]): Timing => ({ median: median(samples), worst: worst(samples), samples })
