import { describe, expect, it } from 'vitest';
import { detailForZoom, readyDetail, type DatasetId } from './lod';

describe('level of detail', () => {
  it('picks the dataset for each zoom', () => {
    const table = [0, 1, 2, 3, 4, 5, 6, 8, 14].map((z) => [z, detailForZoom(z)]);
    expect(table).toEqual([
      [0, { land: '110m', borders: '110m' }],
      [1, { land: '110m', borders: '110m' }],
      [2, { land: '110m', borders: '110m' }],
      [3, { land: '50m', borders: '50m' }],
      [4, { land: '50m', borders: '50m' }],
      [5, { land: '50m', borders: '50m' }],
      [6, { land: '10m', borders: '50m' }],
      [8, { land: '10m', borders: '50m' }],
      [14, { land: '10m', borders: '50m' }],
    ]);
  });

  it('draws with the data at hand until the right data is ready', () => {
    const ready = (...ids: DatasetId[]) => new Set(ids);
    expect(readyDetail(4, ready())).toBeNull();
    expect(readyDetail(4, ready('110m'))).toEqual({ detail: detailForZoom(2), final: false });
    expect(readyDetail(4, ready('110m', '50m'))).toEqual({ detail: detailForZoom(4), final: true });
    expect(readyDetail(7, ready('110m', '50m'))).toEqual({ detail: detailForZoom(5), final: false });
    // 10m land alone is not enough: its borders come from 50m.
    expect(readyDetail(7, ready('110m', '10m'))).toEqual({ detail: detailForZoom(2), final: false });
    expect(readyDetail(7, ready('50m', '10m'))).toEqual({ detail: detailForZoom(7), final: true });
    expect(readyDetail(1, ready('110m'))).toEqual({ detail: detailForZoom(1), final: true });
  });
});
