// One way of writing a distance for a reader, wherever the app gives one: metres to the nearest
// ten below a kilometre, kilometres to one decimal above it ("480 m", "3 km", "4.7 km").

export function formatDistance(metres: number): string {
  const tens = Math.round(metres / 10) * 10;
  return tens < 1000 ? `${tens} m` : `${Math.round(metres / 100) / 10} km`;
}
