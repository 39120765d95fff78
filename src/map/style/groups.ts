// A style is composed of small layer groups (as protomaps basemaps composes `layers(source, flavor)`): each group is
// a pure function of the theme and its data, and owns its sources and layers. New map content is a new group.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Draw order, bottom to top. A group's layers always sit between those of the groups around it. */
export const GROUP_ORDER = ['background', 'base', 'context', 'areas', 'outline', 'overlay', 'selection'] as const;
export type GroupSlot = (typeof GROUP_ORDER)[number];

export interface LayerGroup {
  /** Unique per map; several groups may share a slot (e.g. two overlays). */
  id: string;
  slot: GroupSlot;
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
}

export const slotIndex = (slot: GroupSlot) => GROUP_ORDER.indexOf(slot);

/** The whole style from its groups, in slot order (stable within a slot). Used for the first load and in tests. */
export function composeStyle(groups: readonly LayerGroup[], name = 'Sociale Staat van Weert'): StyleSpecification {
  const ordered = [...groups].sort((a, b) => slotIndex(a.slot) - slotIndex(b.slot));
  const style: StyleSpecification = {
    version: 8,
    name,
    sources: Object.assign({}, ...ordered.map((g) => g.sources)),
    layers: ordered.flatMap((g) => g.layers),
  };
  const glyphs = ordered.find((g) => g.glyphs)?.glyphs;
  const sprite = ordered.find((g) => g.sprite)?.sprite;
  if (glyphs) style.glyphs = glyphs;
  if (sprite) style.sprite = sprite;
  return style;
}
