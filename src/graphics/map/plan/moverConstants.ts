/** Named values for marks that move along paths on the map, each with its reason. Pure numbers only. */

/** Distance between moving-mark centres in a settled cluster, screen px: marks of radius MOVER_RADIUS with a hairline between them. */
export const MOVER_SPACING = 4.6;


/** Radius of one moving mark, screen px: 430 of them pack into a disc about 110 px across. */
export const MOVER_RADIUS = 1.8;


/** Gap between the sub-clusters of different groups, in mark spacings: clearly two groups, still one place. */
export const CLUSTER_GAP = 2.5;


/** Share of a group's arrival over which departures are spread: the first mark leaves at 0, the last at this value. */
export const MOVER_STAGGER = 0.6;
