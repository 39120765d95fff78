// A static layer group as a map child (outlines, simple overlays): <Group group={…} />.
import type { LayerGroup } from './style/groups';
import { useLayerGroup } from './useLayerGroup';

export function Group({ group }: { group: LayerGroup }) {
  useLayerGroup(group);
  return null;
}
