import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from './datasets';

afterEach(() => vi.unstubAllGlobals());

describe('loadDataset', () => {
  it('after a failed load, asks again (the worker retries with its back-off), and the next answer comes through', async () => {
    const empty = { type: 'Topology', objects: { land: { type: 'GeometryCollection', geometries: [] } }, arcs: [] };
    const fetch = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, status: 404 })
      .mockResolvedValueOnce({ ok: true, json: async () => empty });
    vi.stubGlobal('fetch', fetch);
    await expect(loadDataset('110m')).rejects.toThrow(/HTTP 404/);
    await expect(loadDataset('110m')).resolves.toEqual({ land: [], coast: [], borders: [] });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
