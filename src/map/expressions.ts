// Expressions shared by the layers that follow the selected day.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

export const DATE: ExpressionSpecification = ['global-state', 'date'];

/** A feature valid from `from` (inclusive) to `to` (exclusive; null = to the end). */
export const ACTIVE_ON_DATE: FilterSpecification = [
  'all',
  ['<=', ['get', 'from'], DATE],
  ['>', ['coalesce', ['get', 'to'], '9999-12-31'], DATE],
];

/** A `match` on a property over a lookup table, typed for the style spec. */
export function matchProperty(key: string, table: Record<string, string>, fallback: string): ExpressionSpecification {
  return ['match', ['get', key], ...Object.entries(table).flat(), fallback] as unknown as ExpressionSpecification;
}
