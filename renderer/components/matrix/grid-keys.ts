// Arrow-key movement in the matrix (the WAI-ARIA grid pattern): returns the next cell, or null.
export interface GridPosition {
  row: number
  column: number
}

export function nextGridPosition(key: string, at: GridPosition, rows: number, columns: number, ctrl: boolean): GridPosition | null {
  const clampRow = (row: number) => Math.max(0, Math.min(rows - 1, row))
  const clampColumn = (column: number) => Math.max(0, Math.min(columns - 1, column))
  switch (key) {
    case 'ArrowRight':
      return { ...at, column: clampColumn(at.column + 1) }
    case 'ArrowLeft':
      return { ...at, column: clampColumn(at.column - 1) }
    case 'ArrowDown':
      return { ...at, row: clampRow(at.row + 1) }
    case 'ArrowUp':
      return { ...at, row: clampRow(at.row - 1) }
    case 'Home':
      return ctrl ? { row: 0, column: 0 } : { ...at, column: 0 }
    case 'End':
      return ctrl ? { row: rows - 1, column: columns - 1 } : { ...at, column: columns - 1 }
    default:
      return null
  }
}
