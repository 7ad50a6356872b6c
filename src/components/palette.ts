/**
 * Colours shared by SVG and canvas drawing. Chosen for contrast on the paper colour
 * (text colours meet WCAG AA 4.5:1 on PAPER) and to stay apart for colour-blind readers:
 * government red against Turkish blue, never red against green.
 */
export const PALETTE = {
  paper: '#fbfaf7',
  ink: '#1b1b1b',
  /** Secondary text: 6.4:1 on paper. */
  muted: '#565656',
  water: '#dde7ee',
  land: '#f3f1ec',
  focusLand: '#e9e4d8',
  border: '#8f887a',
  province: '#6f685b',
  road: '#3d3d3d',
  minorRoad: '#8a8a8a',
  casing: '#ffffff',
  /** Syrian government and allied forces: what is held, the front. */
  government: '#c0392b',
  governmentLight: '#e8a59d',
  /** Turkish forces: posts and vehicles. The latest arrivals vivid, earlier muted. */
  turkey: '#1c5fa8',
  turkeyEarlier: '#7fa7d6',
  /** People displaced, killed: neutral dark, not a side's colour. */
  people: '#3b3b3b',
  peopleLight: '#a9a9a9'
} as const;
