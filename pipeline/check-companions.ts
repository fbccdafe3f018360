// Flags a settlement whose coordinate is far from the places it is reported with. Villages change
// hands in advances: the ones taken the same day by the same side lie near each other, along one
// axis. A village taken together with places 20 km away, where nothing else changed hands that
// week, is almost always a namesake or a mistyped coordinate, not a lone capture.
//
// The rule, per dated change C of settlement S:
//   companions(C) = changes of other settlements to the same side within ±COMPANION_DAYS of C;
//   C is "isolated" when it has at least MIN_COMPANIONS companions and the nearest lies more than
//   FAR_KM from S;
//   C has "local activity" when any other change (either side) within ±LOCAL_DAYS lies within
//   FAR_KM of S: a second front, a raid or a counter-attack there that week.
// S fails the build when every change of S that has companions is isolated and none of them has
// local activity: nothing around S moved, while the places it is reported with are far away.
// An isolated change with local activity is legitimate (two axes at once, e.g. western Aleppo and
// the M5 on the same day) and only warned about.
import { distance } from '@turf/turf';
import type { ControlFacts, PlaceFeature } from '../src/core/types.ts';
import type { Problem } from './problems.ts';

export const COMPANION_DAYS = 2;
export const LOCAL_DAYS = 7;
export const FAR_KM = 12;
export const MIN_COMPANIONS = 3;

interface Change {
  place: string;
  date: string;
  day: number;
  side: string;
}

export interface CompanionReport {
  problems: Problem[];
  warnings: string[];
}

const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** The file holding a place's coordinate, for the message. */
const fileOf = (p: PlaceFeature) => (p.properties.layer === 'settlement' ? 'geo/settlements.geojson' : 'geo/places.geojson');

export function checkCompanions(facts: ControlFacts, places: Map<string, PlaceFeature>): CompanionReport {
  const changes: Change[] = facts.settlements.flatMap((s) =>
    s.changes.map((c) => ({ place: s.place, date: c.date, day: dayOf(c.date), side: c.side })),
  );
  const km = (a: string, b: string) => distance(places.get(a)!, places.get(b)!, { units: 'kilometers' });
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const byPlace = new Map<string, Change[]>();
  for (const c of changes) byPlace.set(c.place, [...(byPlace.get(c.place) ?? []), c]);
  for (const [place, own] of byPlace) {
    const file = fileOf(places.get(place)!);
    const judged = own.flatMap((c) => {
      const companions = changes.filter((o) => o.place !== place && o.side === c.side && Math.abs(o.day - c.day) <= COMPANION_DAYS);
      if (companions.length < MIN_COMPANIONS) return [];
      const nearest = companions.reduce(
        (best, o) => {
          const d = km(place, o.place);
          return d < best.km ? { km: d, place: o.place } : best;
        },
        { km: Infinity, place: '' },
      );
      const local = changes.some((o) => o.place !== place && Math.abs(o.day - c.day) <= LOCAL_DAYS && km(place, o.place) <= FAR_KM);
      return [{ change: c, companions: companions.length, nearest, isolated: nearest.km > FAR_KM, local }];
    });
    if (judged.length === 0) continue;
    if (judged.every((j) => j.isolated && !j.local)) {
      const j = judged[0]!;
      problems.push({
        file,
        feature: place,
        problem:
          `lies ${j.nearest.km.toFixed(1)} km from the nearest of the ${j.companions} places taken by the ${j.change.side} side within ` +
          `${COMPANION_DAYS} days of ${j.change.date} (${j.nearest.place}), and nothing within ${FAR_KM} km changed hands that week: is the coordinate a namesake's?`,
      });
      continue;
    }
    for (const j of judged.filter((x) => x.isolated)) {
      warnings.push(
        `${file}: ${place}: the change of ${j.change.date} lies ${j.nearest.km.toFixed(1)} km from the nearest place taken with it (${j.nearest.place}); accepted as a second axis (other changes within ${FAR_KM} km that week)`,
      );
    }
  }
  return { problems, warnings };
}
