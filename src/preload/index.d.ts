import type { HandoverApi } from '@shared/ipc';

declare global {
  interface Window {
    /** Present inside Electron (from the preload); absent in a plain browser. */
    handover?: HandoverApi;
  }
}

export {};
