/**
 * A copy of the built app served with one of its assets taken away, to see
 * how the app fares without it, and to put it back.
 */
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { dataDirectory } from './story';

const builtRenderer = resolve(import.meta.dirname, '../../out/renderer');

export interface MissingAsset {
  /** The served app's address. */
  url: string;
  /** The asset's file name (with its content hash). */
  asset: string;
  restore(): void;
  close(): Promise<void>;
}

/** Serves a copy of out/renderer without the first asset whose name `pick` accepts. */
export async function serveWithout(pick: (file: string) => boolean): Promise<MissingAsset> {
  const renderer = mkdtempSync(join(tmpdir(), 'handover-renderer-'));
  cpSync(builtRenderer, renderer, { recursive: true });
  const assets = join(renderer, 'assets');
  const asset = readdirSync(assets).find(pick)!;
  renameSync(join(assets, asset), join(assets, `${asset}.away`));
  const server = await startServer({ rendererDir: renderer, dataDir: dataDirectory });
  return {
    url: server.url,
    asset,
    restore: () => renameSync(join(assets, `${asset}.away`), join(assets, asset)),
    close: async () => {
      await server.close();
      rmSync(renderer, { recursive: true, force: true });
    },
  };
}
