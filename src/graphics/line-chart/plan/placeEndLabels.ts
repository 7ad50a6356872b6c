/**
 * Series labels at their lines' ends, nudged apart vertically so that no two overlap and
 * all stay between `top` and `bottom`. Each label wants to be centred on its line's end;
 * labels that would overlap form a group centred on the mean of what its members want,
 * which pushes them apart symmetrically (groups merge until none overlap). When there is
 * not room for all, the last series in the story's order go unlabelled: the text
 * alternative and the data table still name them. Pure; one dimension, since every end
 * label sits in the same column beside the lines.
 */

export interface EndLabelRequest {
  id: string;
  /** Where the label's centre wants to be: its line's end, px. */
  y: number;
  /** Its height, px. */
  height: number;
}

/** Space kept between two labels, px. */
export const END_LABEL_GAP = 2;

interface Group {
  members: EndLabelRequest[];
  top: number;
  height: number;
}

/** Top of each label that fits, by id; labels without room are absent. */
export function placeEndLabels(requests: readonly EndLabelRequest[], top: number, bottom: number): Map<string, number> {
  const span = Math.max(0, bottom - top);
  const kept: EndLabelRequest[] = [];
  let used = 0;
  for (const request of requests) {
    const h = request.height + END_LABEL_GAP;
    if (used + h - END_LABEL_GAP > span) break;
    kept.push(request);
    used += h;
  }
  const sorted = kept.map((r, order) => ({ r, order })).sort((a, b) => a.r.y - b.r.y || a.order - b.order).map((e) => e.r);
  const groups: Group[] = [];
  const clamp = (g: Group) => Math.min(Math.max(g.top, top), bottom - g.height);
  const settle = (g: Group) => {
    // The top that puts each member, on average, where it wants its centre.
    let offset = 0;
    let sum = 0;
    for (const m of g.members) {
      sum += m.y - m.height / 2 - offset;
      offset += m.height + END_LABEL_GAP;
    }
    g.top = sum / g.members.length;
    g.top = clamp(g);
  };
  for (const request of sorted) {
    const group: Group = { members: [request], top: 0, height: request.height };
    settle(group);
    groups.push(group);
    // Merge with the group above while they overlap.
    while (groups.length > 1) {
      const below = groups[groups.length - 1]!;
      const above = groups[groups.length - 2]!;
      if (above.top + above.height + END_LABEL_GAP <= below.top + 1e-9) break;
      above.members.push(...below.members);
      above.height += END_LABEL_GAP + below.height;
      groups.pop();
      settle(above);
    }
  }
  const tops = new Map<string, number>();
  for (const g of groups) {
    let y = g.top;
    for (const m of g.members) {
      tops.set(m.id, y);
      y += m.height + END_LABEL_GAP;
    }
  }
  return tops;
}
