// The period the map covers: from the start of the December 2019 offensive to the Moscow
// ceasefire, which took effect at 00:01 on 6 March 2020.
export const FIRST_DAY = '2019-12-01';
export const LAST_DAY = '2020-03-06';
export const CEASEFIRE_DAY = '2020-03-06';
