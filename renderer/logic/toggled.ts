// A list with `id` added, or removed if it was there: how chips and checkboxes toggle a choice.
export const toggled = (list: string[], id: string): string[] => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])
