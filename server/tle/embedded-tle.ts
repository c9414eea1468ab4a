/**
 * The TLE served when nothing better is available (offline by default, no persisted copy yet).
 * The newest real ISS set known when this was written; predictions drift by kilometres per day of age,
 * so health reports its age and an operator should set TLE_SOURCE for long-running online deployments.
 */
export const EMBEDDED_TLE_TEXT = [
  'ISS (ZARYA)',
  '1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998',
  '2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526',
].join('\n');
