// The security corridor of the Moscow Additional Protocol (5 March 2020): 6 km either side of the
// M4, in force from the ceasefire of 6 March. Cut to the study area, like everything else.
import { buffer, intersect, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { HighwayFeature, Source } from '../src/core/types.ts';
import { roundCoordinates } from './geojson-io.ts';
import { CEASEFIRE_DAY } from '../src/core/period.ts';

export const CORRIDOR_HALF_WIDTH_KM = 6;
export const CORRIDOR_FROM = CEASEFIRE_DAY;

export interface CorridorProps {
  id: 'm4-corridor';
  name: string;
  from: string;
  half_width_km: number;
  sources: Source[];
  note: string;
}

export function m4Corridor(m4: HighwayFeature, studyArea: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon, CorridorProps> {
  const band = buffer(m4, CORRIDOR_HALF_WIDTH_KM, { units: 'kilometers', steps: 16 });
  if (!band) throw new Error('could not buffer the M4');
  const cut = intersect(featureCollection([band as Feature<Polygon | MultiPolygon>, studyArea]));
  if (!cut) throw new Error('the M4 corridor lies outside the study area');
  return {
    type: 'Feature',
    properties: {
      id: 'm4-corridor',
      name: 'M4 security corridor',
      from: CORRIDOR_FROM,
      half_width_km: CORRIDOR_HALF_WIDTH_KM,
      sources: [
        {
          title:
            'Additional Protocol to the Memorandum on Stabilization of the Situation in the Idlib De-Escalation Area (Moscow, 5 March 2020), as published by Voltaire Network',
          url: 'https://www.voltairenet.org/article209431.html',
          note: 'security corridor 6 km deep to the north and 6 km deep to the south of the M4',
        },
      ],
      note: 'Drawn as a 6 km buffer either side of the M4 as mapped in geo/highways.geojson (Latakia edge to Saraqeb); joint Russian-Turkish patrols from 15 March 2020.',
    },
    geometry: roundCoordinates(cut.geometry, 5),
  };
}
