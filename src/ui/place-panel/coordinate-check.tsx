// Where else the place's coordinate is found: the second, independent source and how far apart the
// two lie, so a reader can judge the point before trusting what is drawn on it.
import type { PlaceProps } from '../../core/types.ts';

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
      Checked against {title}: {agreement(check.distance_m)}.
    </p>
  );
}

function agreement(metres: number): string {
  if (metres < 50) return 'the same point';
  const far = metres >= 1000 ? `${(metres / 1000).toFixed(1)} km` : `${Math.round(metres / 10) * 10} m`;
  return `${far} from the point drawn here`;
}
