/**
 * How the map looks and moves, in one place. Colours match the basemap's
 * night palette; durations are chosen to read as calm from across a room.
 */
import { PALETTE } from '@shared/palette';

export const MAP_STYLE = {
  /** Upcoming legs: faint and dashed, so the route ahead is known but quiet. */
  upcoming: { color: PALETTE.routeAhead, weight: 3, opacity: 0.35, dashArray: '6 10' },
  /** Travelled legs, and the leg being drawn. */
  travelled: { color: PALETTE.gold, weight: 5, opacity: 1 },
  place: { radius: 7, color: PALETTE.ocean, weight: 2, fillColor: PALETTE.gold, fillOpacity: 1 },
} as const;

export const CAMERA = {
  /** Space kept round the places of a fitted view, CSS px, both sides together (half each side; above, the flag's pin besides). */
  padding: 130,
  /** Seconds for the camera to reach a chapter's view before the leg is travelled. */
  flySeconds: 1.6,
  /** A longer flight when the view changes by this many zoom levels or more. */
  farZoomDelta: 4,
  farFlySeconds: 2.6,
} as const;
