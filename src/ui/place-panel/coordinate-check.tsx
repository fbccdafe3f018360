// Where else the place's coordinate is found: the second, independent source and how far apart the
// two lie, so a reader can judge the point before trusting what is drawn on it.
import type { PlaceProps } from '../../core/types.ts';
import { formatDistance } from '../../core/format-distance.ts';

export function CoordinateCheck({ place }: { place: PlaceProps }) {
  const check = place.second_source;
  if (check === undefined) return null;
  if (check === null) {
    return <p class="coordinate-check">No second source for this coordinate was found.</p>;
  }
  const title = check.url ? (
    <a href={check.url} target="_blank" rel="noopener noreferrer nofollow">
      {check.title}
    </a>
  ) : (
    check.title
  );
  return (
    <p class="coordinate-check">
      Checked against {title}: {agreement(check.distance_m)}
      {check.precision_m === undefined
        ? ''
        : `; that position is itself approximate (±${formatDistance(check.precision_m)}), worked out from the distance and direction the source gives`}
      .
    </p>
  );
}

function agreement(metres: number): string {
  return metres < 50 ? 'the same point' : `${formatDistance(metres)} from the point drawn here`;
}
