// The days a reader steers by, marked on the time bar. Dates as the control model has them
// (geo/control/facts.json), checked against the reference timeline:
// - 28 Jan 2020: government forces enter Maarat al-Nu'man; SOHR says the rebels withdrew late on
//   the 28th (AP via National Post, "Syria government forces enter town"; army statement on the 29th).
// - 5 Feb 2020: government forces enter Saraqeb in the evening (AP, Washington Post, 5 Feb 2020;
//   TASS also 5 Feb; some outlets date the fall 6–8 Feb once it was confirmed).
// - 27 Feb 2020: the opposition, with Turkish fire support, retakes Saraqeb and cuts the M5
//   (AP/VOA "Activists: Syrian opposition fighters retake key town"; Reuters via Hamodia, 27 Feb).
// - 2 Mar 2020: the government retakes Saraqeb; Russian military police deploy there from 17:00
//   (TASS; Sputnik, 2 Mar 2020).
// - 6 Mar 2020: the Moscow ceasefire takes effect at 00:01 (Additional Protocol, 5 Mar 2020).
import { CEASEFIRE_DAY } from '../core/period.ts';

export interface KeyDay {
  date: string;
  /** What happened, as a sentence fragment after the date. */
  label: string;
  /** The place whose control changed that day, if any (the model must agree). */
  place: string | null;
}

export const KEY_DAYS: readonly KeyDay[] = [
  { date: '2020-01-28', label: "the government takes Maarat al-Nu'man", place: 'maarat-al-numan' },
  { date: '2020-02-05', label: 'the government takes Saraqeb', place: 'saraqeb' },
  { date: '2020-02-27', label: 'the opposition counter-attacks and retakes Saraqeb', place: 'saraqeb' },
  { date: '2020-03-02', label: 'the government retakes Saraqeb', place: 'saraqeb' },
  { date: CEASEFIRE_DAY, label: 'the Moscow ceasefire takes effect', place: null },
];

export function keyDayOn(iso: string): KeyDay | undefined {
  return KEY_DAYS.find((k) => k.date === iso);
}
