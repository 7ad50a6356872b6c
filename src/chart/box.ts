/** An axis-aligned rectangle in px: the shape every chart layout takes and returns. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
