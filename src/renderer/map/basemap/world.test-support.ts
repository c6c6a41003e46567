/**
 * Test helpers, kept in this test folder (imported by tests only): the real datasets, prepared as the
 * worker prepares them, and a 2D context that records the segments of every
 * filled or stroked path instead of drawing them.
 */
import type { TileContext } from './tile-context';
import type { DatasetId } from './lod';
import { prepareTopology, type AtlasTopology, type PreparedDataset } from './prepare';

/** The worker fetches these files; tests have no server, so they import them. */
const files: Record<DatasetId, () => Promise<{ default: unknown }>> = {
  '110m': () => import('world-atlas/countries-110m.json'),
  '50m': () => import('world-atlas/countries-50m.json'),
  '10m': () => import('world-atlas/land-10m.json'),
};

export async function loadForTest(id: DatasetId): Promise<PreparedDataset> {
  return prepareTopology((await files[id]()).default as AtlasTopology);
}

export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The fill or stroke style the segment was painted with. */
  style: string;
  op: 'fill' | 'stroke';
  /** The line width (device px) a stroke was drawn with. */
  width: number;
}

export class RecordingContext implements TileContext {
  fillStyle: string | CanvasGradient | CanvasPattern = '';
  strokeStyle: string | CanvasGradient | CanvasPattern = '';
  lineWidth = 1;
  lineJoin: CanvasLineJoin = 'miter';
  lineCap: CanvasLineCap = 'butt';
  readonly segments: Segment[] = [];
  readonly rects: string[] = [];
  private path: number[][] = [];

  fillRect(): void {
    this.rects.push(String(this.fillStyle));
  }
  beginPath(): void {
    this.path = [];
  }
  moveTo(x: number, y: number): void {
    this.path.push([x, y]);
  }
  lineTo(x: number, y: number): void {
    this.path.at(-1)?.push(x, y);
  }
  closePath(): void {
    const sub = this.path.at(-1);
    if (sub) sub.push(sub[0]!, sub[1]!);
  }
  fill(): void {
    this.commit('fill', String(this.fillStyle));
  }
  stroke(): void {
    this.commit('stroke', String(this.strokeStyle));
  }
  private commit(op: Segment['op'], style: string): void {
    for (const sub of this.path) {
      for (let i = 0; i + 3 < sub.length; i += 2) {
        this.segments.push({ x0: sub[i]!, y0: sub[i + 1]!, x1: sub[i + 2]!, y1: sub[i + 3]!, style, op, width: this.lineWidth });
      }
    }
  }
}
