/** Element Timing name on the comparison's first row: lets the benchmark read when it was painted. */
export const PAINT_MARK = 'comparison-painted'
