/**
 * A city name's size as the page draws it, without laying it out: its kind's
 * style (font, padding, border, line height, from app.css's `.city-name-*`)
 * read once per kind and screen scale from an empty styled element, and each
 * name's own text measured on a canvas in that font.
 */
interface NameStyle {
  font: string;
  /** Padding and border, px: across and down. */
  extraX: number;
  extraY: number;
  /** The line's height, px; null for `normal` (the font's own). */
  lineHeight: number | null;
}

export class NameMeasure {
  readonly #styles = new Map<string, NameStyle>();
  #canvas: OffscreenCanvasRenderingContext2D | undefined;

  /** `host`: where the styled element is put to read its style (the names' pane). */
  constructor(private readonly host: HTMLElement) {}

  /** [width, height] in px of `text` written as a name of `kind`. */
  size = (text: string, kind: string): readonly [number, number] => {
    const style = this.#styleOf(kind);
    const canvas = (this.#canvas ??= new OffscreenCanvas(1, 1).getContext('2d')!);
    canvas.font = style.font;
    const metrics = canvas.measureText(text);
    const line = style.lineHeight ?? Math.round(metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent);
    return [metrics.width + style.extraX, line + style.extraY];
  };

  /** Forgets the styles read (the page's styles or scale changed). */
  clear(): void {
    this.#styles.clear();
  }

  #styleOf(kind: string): NameStyle {
    const scale = getComputedStyle(document.documentElement).getPropertyValue('--screen-scale');
    const key = `${kind}|${scale}`;
    let style = this.#styles.get(key);
    if (style) return style;
    const holder = document.createElement('div');
    holder.className = `city-name city-name-${kind}`;
    holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
    const span = holder.appendChild(document.createElement('span'));
    this.host.appendChild(holder);
    const css = getComputedStyle(span);
    const px = (...values: string[]) => values.reduce((sum, v) => sum + (parseFloat(v) || 0), 0);
    style = {
      font: `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`,
      extraX: px(css.paddingLeft, css.paddingRight, css.borderLeftWidth, css.borderRightWidth),
      extraY: px(css.paddingTop, css.paddingBottom, css.borderTopWidth, css.borderBottomWidth),
      lineHeight: css.lineHeight === 'normal' ? null : parseFloat(css.lineHeight),
    };
    holder.remove();
    this.#styles.set(key, style);
    return style;
  }
}
