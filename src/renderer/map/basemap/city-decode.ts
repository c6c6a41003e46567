/**
 * Turns a committed city file (scripts/prepare-city-map.mjs writes them) into
 * pieces in world units, as prepare.ts does for the world: land rings to fill,
 * coast, rivers and roads to stroke, all cut small so a tile touches only nearby ones.
 */
import type { Position } from 'geojson';
import { chunkLine, splitRing, type Piece } from './pieces';
import type { LonLatBox, Rect } from './tiles';
import { projectPlain } from './world-projection';

/** The file: coordinates in 1/scale degrees, each line delta-encoded. */
export interface CityFile {
  source: string;
  scale: number;
  box: LonLatBox;
  land: number[][];
  majorRivers: number[][];
  minorRivers: number[][];
  motorways: number[][];
}

export interface CityLayers {
  /** The box in world units: inside it, the city's land replaces the world's. */
  box: Rect;
  land: Piece[];
  coast: Piece[];
  majorRivers: Piece[];
  minorRivers: Piece[];
  motorways: Piece[];
}

/** [x0, y0, dx1, dy1, ...] -> integer positions (still in 1/scale degrees). */
export function decodeLine(deltas: readonly number[]): Position[] {
  const points: Position[] = [];
  let [x, y] = [0, 0];
  for (let i = 0; i + 1 < deltas.length; i += 2) points.push([(x += deltas[i]!), (y += deltas[i + 1]!)]);
  return points;
}

/**
 * A clipped land ring runs along the box where it was cut: that is no coast.
 * Returns the ring's runs between such cuts (compared in integers, exactly).
 */
export function coastRuns(ring: readonly Position[], [w, s, e, n]: LonLatBox): Position[][] {
  const onEdge = (a: Position, b: Position) =>
    (a[0] === b[0] && (a[0] === w || a[0] === e)) || (a[1] === b[1] && (a[1] === s || a[1] === n));
  const closed = [...ring, ring[0]!];
  const runs: Position[][] = [];
  let run: Position[] = [closed[0]!];
  for (let i = 1; i < closed.length; i++) {
    if (onEdge(closed[i - 1]!, closed[i]!)) {
      if (run.length > 1) runs.push(run);
      run = [closed[i]!];
    } else run.push(closed[i]!);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

const toDegrees = (points: Position[], scale: number): Position[] => points.map(([x, y]) => [x! / scale, y! / scale]);
const lines = (encoded: number[][], scale: number) =>
  encoded.flatMap((line) => chunkLine(projectPlain(toDegrees(decodeLine(line), scale), false).xy));

export function prepareCity(file: CityFile): CityLayers {
  const { scale, box } = file;
  const boxInt = box.map((v) => Math.round(v * scale)) as unknown as LonLatBox;
  const rings = file.land.map(decodeLine);
  const [nw, se] = [projectPlain([[box[0], box[3]]], false).xy, projectPlain([[box[2], box[1]]], false).xy];
  return {
    box: [nw[0]!, nw[1]!, se[0]!, se[1]!],
    land: rings.flatMap((ring) => splitRing(projectPlain(toDegrees(ring, scale), false).xy)),
    coast: rings
      .flatMap((ring) => coastRuns(ring, boxInt))
      .flatMap((run) => chunkLine(projectPlain(toDegrees(run, scale), false).xy)),
    majorRivers: lines(file.majorRivers, scale),
    minorRivers: lines(file.minorRivers, scale),
    motorways: lines(file.motorways, scale),
  };
}
