import { EMPTY } from '../../shared/format';

/** A rate in basis points as a percent with one decimal (domain.md §1); "—" when there is none. */
export function rateText(rateBp: number | null | undefined): string {
  return rateBp == null ? EMPTY : `${(rateBp / 100).toFixed(1)}%`;
}

/** A count, or "—" where the group cannot carry it (inspections by hazard category). */
export function countText(value: number | null | undefined): string {
  return value == null ? EMPTY : String(value);
}
