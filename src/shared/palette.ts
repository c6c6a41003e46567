/**
 * The night palette, in one place: the app's page colours (app.css declares
 * them as CSS custom properties, and test/palette.test.ts checks that it
 * declares these values), the map's sea, land and gold, and the window's
 * background in Electron. Pure, so main, renderer and the e2e tests read it.
 */
export const PALETTE = Object.freeze({
  /** The page behind everything, and the Electron window before the page is drawn. */
  bg: '#0b1a2a',
  panel: '#102437',
  panelDeep: '#0d1e2f',
  ink: '#f4f7fb',
  inkSoft: '#d3dde8',
  muted: '#93a8bd',
  /** The route, the places' dots, the current chapter: the brightest things on the map. */
  gold: '#f5c542',
  goldLight: '#ffe08a',
  inkOnGold: '#1a1405',
  /** The sea, and every river, canal and lake: all water reads as one. */
  ocean: '#0c2033',
  land: '#1d3a56',
  /** The dashed route ahead. */
  routeAhead: '#d9e6f2',
  /** What the operator should look at (a refused content edit, a late presenter): its mark, and its words. */
  warning: '#e8a33d',
  warningInk: '#f3d9b0',
});

export type PaletteName = keyof typeof PALETTE;

/** The custom properties app.css declares for these colours (`--panel-deep` for panelDeep). */
export const CSS_VARIABLES: Readonly<Partial<Record<PaletteName, string>>> = Object.freeze({
  bg: '--bg',
  panel: '--panel',
  panelDeep: '--panel-deep',
  ink: '--ink',
  inkSoft: '--ink-soft',
  muted: '--muted',
  gold: '--gold',
  goldLight: '--gold-light',
  inkOnGold: '--ink-on-gold',
  ocean: '--ocean',
  land: '--land',
  warning: '--warning',
  warningInk: '--warning-ink',
});
