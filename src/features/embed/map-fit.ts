/**
 * Where the map embed puts its key, and how wide the map is drawn, for a room of a given size.
 * Sweden is tall: in most frames the map takes the full height and the key sits beside it; in a
 * frame too narrow for both, the key goes under the map and the map takes what is left. Pure.
 */
import type { Size } from './use-available-height.ts';

/** The figure's border and padding around the drawing, in CSS pixels, both ways. */
export const MAP_FRAME_PX = 18;
/** The narrowest the key is readable beside the map, gap included. */
export const KEY_BESIDE_MIN_PX = 170;

/** The map's outer width when drawn `height` tall; the drawing keeps its aspect ratio (`aspect` = width ÷ height). */
export function mapWidthFor(height: number, aspect: number): number {
  return Math.max(0, Math.round((height - MAP_FRAME_PX) * aspect + MAP_FRAME_PX));
}

/** Key beside the map when both fit side by side at the room's full height. */
export function keyBeside(room: Size, aspect: number): boolean {
  return room.width - mapWidthFor(room.height, aspect) >= KEY_BESIDE_MIN_PX;
}

/** The map's outer width in its slot: as tall as the slot, but never wider than it. */
export function fitMapWidth(slot: Size, aspect: number): number {
  return Math.min(slot.width, mapWidthFor(slot.height, aspect));
}
