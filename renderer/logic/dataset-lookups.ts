// Lookups in the dataset (not store selectors): pure, so components stay presentational.
import type { Area, Cell, Criterion, Dataset, Messenger } from '../../common/dataset/schema'

export interface AreaGroup {
  area: Area
  criteria: Criterion[]
}

export function groupCriteriaByArea(dataset: Dataset): AreaGroup[] {
  return dataset.areas.map((area) => ({
    area,
    criteria: dataset.criteria.filter((criterion) => criterion.area === area.id)
  }))
}

export function findCell(dataset: Dataset, messengerId: string, criterionId: string): Cell | undefined {
  return dataset.messengers.find((m) => m.id === messengerId)?.cells[criterionId]
}

export function findMessenger(dataset: Dataset, id: string): Messenger | undefined {
  return dataset.messengers.find((m) => m.id === id)
}

export function findCriterion(dataset: Dataset, id: string): Criterion | undefined {
  return dataset.criteria.find((c) => c.id === id)
}
