// Expressions shared by the layers. None reads the selected day: a day is applied as feature
// state (see layers/control.ts), since a filter or layout on global state makes MapLibre 6 reload
// the source at every step.
import type { ExpressionSpecification } from 'maplibre-gl';

/** A `match` on a property over a lookup table, typed for the style spec. */
export function matchProperty(key: string, table: Record<string, string>, fallback: string): ExpressionSpecification {
  return ['match', ['get', key], ...Object.entries(table).flat(), fallback] as unknown as ExpressionSpecification;
}
