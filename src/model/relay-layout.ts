/**
 * Layout of the relay diagram: one node per relay step, left to right in the
 * relay's order, alternating high and low so that each label has twice the
 * room; S-shaped links between them. Pure: data in, geometry out.
 */
import { scalePoint } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';
import type { RelayStep } from './journey';

export interface RelayLayoutOptions {
  width: number;
  height: number;
  /** Font size of the carriers' names, in px; used to wrap them. */
  nameSize: number;
  /** Height of a node pill, and width per mode icon. */
  nodeSize: number;
}

export const RELAY_LAYOUT_DEFAULTS: RelayLayoutOptions = { width: 1200, height: 300, nameSize: 20, nodeSize: 52 };

/** Average glyph width of the label font, in ems: an estimate for wrapping, not a measurement. */
const CHAR_EM = 0.52;
/** Space kept between a label and the diagram's edge, in px. */
const EDGE = 24;

export interface RelayNode {
  step: RelayStep;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The carriers' names wrapped to lines. */
  nameLines: string[];
  /** Names go above high nodes and below low ones. */
  labelAbove: boolean;
  /** Horizontal shift of the label from the node, to keep it inside the diagram. */
  labelDx: number;
  /** Estimated width of the label's longest line. */
  labelWidth: number;
}

export interface RelayLink {
  from: number;
  to: number;
  d: string;
}

/** "A, B & C" */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} & ${names[names.length - 1]}`;
}

/** Greedy word wrap by an average character width: a layout estimate, not a measurement. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();

export function layoutRelay(steps: readonly RelayStep[], options: Partial<RelayLayoutOptions> = {}) {
  const { width, height, nameSize, nodeSize } = { ...RELAY_LAYOUT_DEFAULTS, ...options };
  const x = scalePoint<number>()
    .domain(steps.map((s) => s.index))
    .range([0, width])
    .padding(0.5);
  const rowOffset = height * 0.13;
  const charWidth = nameSize * CHAR_EM;
  const maxChars = Math.floor((x.step() * 2 * 0.9) / charWidth);

  const nodes: RelayNode[] = steps.map((step, i) => {
    const labelAbove = i % 2 === 0;
    const nameLines = wrapWords(joinNames(step.carriers), maxChars);
    // The longest action in any language: switching languages leaves the diagram where it is.
    const actionChars = Math.max(...Object.values(step.action).map((a) => a.length));
    const halfLabel = (Math.max(...nameLines.map((l) => l.length), actionChars) * charWidth) / 2;
    const nodeX = x(step.index)!;
    return {
      step,
      x: nodeX,
      y: height / 2 + (labelAbove ? -rowOffset : rowOffset),
      width: nodeSize + (step.modes.length - 1) * nodeSize * 0.6,
      height: nodeSize,
      nameLines,
      labelAbove,
      labelDx: Math.min(Math.max(nodeX, halfLabel + EDGE), width - halfLabel - EDGE) - nodeX,
      labelWidth: halfLabel * 2,
    };
  });

  const links: RelayLink[] = nodes.slice(1).map((to, i) => {
    const from = nodes[i]!;
    return {
      from: i,
      to: i + 1,
      d: link({ source: [from.x + from.width / 2, from.y], target: [to.x - to.width / 2, to.y] }) ?? '',
    };
  });
  return { nodes, links };
}
