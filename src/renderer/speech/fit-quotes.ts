/**
 * Lays a chapter's quotes out in the panel: all together at their size if
 * they fit, else shrunk a little (never below the floor), else one page after
 * another. Measures the real panel, synchronously; sets `--fit` on the quotes
 * and leaves showing the pages to the component.
 */
import { paginate } from './quote-pages';

/**
 * The floor, in CSS px of the 1920x1080 design (the whole panel is zoomed to
 * the screen, so 2.4% of the screen's height on any screen): the smallest a
 * quote's main words get. It is the size English quotes already had in the
 * longer chapters (26.35 px), legible from across a room. Words spoken, leads
 * and the speaker are set at 20 px or more and do not shrink.
 */
export const QUOTE_FLOOR_PX = 26;
/** The floor of the words around them: the words spoken (under a translation), the lead, the speaker. */
export const QUOTE_NOTE_FLOOR_PX = 20;

export interface QuoteLayout {
  /** The factor on the quotes' size class (CSS `--fit`). */
  fit: number;
  /** Pages of quote indices, shown one after another; one page when all fit. */
  pages: number[][];
}

/** Fits from 1 down to `min` in 5% steps, ending on `min` itself. */
function fitSteps(min: number): number[] {
  const steps: number[] = [];
  for (let fit = 1; fit > min + 1e-9; fit = Math.round((fit - 0.05) * 100) / 100) steps.push(fit);
  return [...steps, min];
}

/**
 * `node` holds the quotes (`blockquote`s, in order) and sits in `panel`, which
 * must not overflow. `sizePx` is the quotes' size class at fit 1.
 */
export function layOutQuotes(node: HTMLElement, panel: HTMLElement, sizePx: number): QuoteLayout {
  const quotes = [...node.querySelectorAll<HTMLElement>(':scope > blockquote')];
  const all = quotes.map((_, i) => i);
  const setFit = (fit: number) => node.style.setProperty('--fit', String(fit));
  const showOnly = (page: readonly number[]) => quotes.forEach((q, i) => (q.style.display = page.includes(i) ? 'block' : 'none'));
  const fits = (page: readonly number[]) => {
    showOnly(page);
    return panel.scrollHeight <= panel.clientHeight;
  };
  const steps = fitSteps(Math.min(1, QUOTE_FLOOR_PX / sizePx));
  const layout = (): QuoteLayout => {
    for (const fit of steps) {
      setFit(fit);
      if (fits(all)) return { fit, pages: [all] };
    }
    // Too long together even at the floor: one after another, at the largest size each fits at alone.
    for (const fit of steps) {
      setFit(fit);
      if (all.every((i) => fits([i]))) return { fit, pages: paginate(all.length, fits) };
    }
    // A quote too long for the panel even alone at the floor: its end is clipped rather than made unreadable.
    return { fit: steps.at(-1)!, pages: all.map((i) => [i]) };
  };
  const result = layout();
  // The pages are the component's to show (a class); the fit stays set here, as measured.
  quotes.forEach((q) => (q.style.display = ''));
  setFit(result.fit);
  return result;
}
