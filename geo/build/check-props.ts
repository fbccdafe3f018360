// Small property checkers that report problems in words a data editor understands.
import type { Feature, Position } from 'geojson';
import type { Problem } from './problems.ts';
import { isIsoDay } from '../../src/time/days.ts';

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class PropChecker {
  constructor(
    private readonly problems: Problem[],
    readonly file: string,
    readonly feature: string,
    readonly props: Record<string, unknown>,
  ) {}

  fail(problem: string): void {
    this.problems.push({ file: this.file, feature: this.feature, problem });
  }

  string(key: string, { optional = false, nullable = false } = {}): void {
    const v = this.props[key];
    if (v === undefined && optional) return;
    if (v === null && nullable) return;
    if (typeof v !== 'string' || v.trim() === '') this.fail(`property "${key}" must be a non-empty string`);
  }

  /** Free text that may be empty or absent. */
  text(key: string): void {
    const v = this.props[key];
    if (v !== undefined && v !== null && typeof v !== 'string') this.fail(`property "${key}" must be text`);
  }

  id(): void {
    const v = this.props['id'];
    if (typeof v !== 'string' || !KEBAB_ID.test(v)) this.fail('property "id" must be lowercase ASCII kebab-case (like "maarat-al-numan")');
  }

  oneOf(key: string, allowed: readonly unknown[]): void {
    if (!allowed.includes(this.props[key])) this.fail(`property "${key}" must be one of ${allowed.join(', ')} (got ${JSON.stringify(this.props[key])})`);
  }

  stringList(key: string): void {
    const v = this.props[key];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) this.fail(`property "${key}" must be a list of non-empty strings`);
  }

  precision(): void {
    const v = this.props['precision_m'];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) this.fail('property "precision_m" must be a positive number of metres');
  }

  date(key: string, { nullable = false } = {}): void {
    const v = this.props[key];
    if (v === null && nullable) return;
    if (typeof v !== 'string' || !isIsoDay(v)) this.fail(`property "${key}" must be an ISO day YYYY-MM-DD (got ${JSON.stringify(v)})`);
  }

  sources(key = 'sources'): void {
    checkSources(this.props[key], (p) => this.fail(p), key);
  }
}

export function checkSources(v: unknown, fail: (problem: string) => void, key = 'sources'): void {
  if (!Array.isArray(v) || v.length === 0) {
    fail(`property "${key}" must be a non-empty list of sources`);
    return;
  }
  v.forEach((s: unknown, i) => {
    const src = s as Record<string, unknown> | null;
    if (!src || typeof src !== 'object' || typeof src['title'] !== 'string' || src['title'].trim() === '') {
      fail(`${key}[${i}] must have a "title"`);
    } else if (src['url'] !== undefined && src['url'] !== null && (typeof src['url'] !== 'string' || !/^https?:\/\//.test(src['url']))) {
      fail(`${key}[${i}].url must be an http(s) URL`);
    }
  });
}

function positions(f: Feature): Position[] {
  const g = f.geometry;
  switch (g?.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

/** RFC 7946 order and sane precision: [lon, lat], finite, at most 6 decimals. */
export function checkCoordinates(f: Feature, fail: (problem: string) => void): Position[] {
  const list = positions(f);
  for (const p of list) {
    if (p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      fail(`coordinate ${JSON.stringify(p)} is not a [lon, lat] pair of numbers`);
      return [];
    }
    if (p.some((n) => decimals(n) > 6)) {
      fail(`coordinate ${JSON.stringify(p)} has more than 6 decimals`);
      return list;
    }
  }
  return list;
}

function decimals(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 99;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}
