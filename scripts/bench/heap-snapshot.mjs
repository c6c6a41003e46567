// @ts-check
/**
 * What the heap holds, from a CDP heap snapshot: self sizes summed by kind, so a
 * growing heap can be told apart as the app's JS objects, V8's compiled code, or
 * native (DOM, canvas, performance entries) objects.
 */

/** @typedef {import('@playwright/test').CDPSession} CDPSession */
/** @typedef {{ js: number, code: number, native: number, byName: Map<string, { count: number, bytes: number }> }} HeapKinds */

/** @param {CDPSession} cdp @returns {Promise<HeapKinds>} bytes by kind, and by "type:name" */
export async function heapKinds(cdp) {
  /** @type {string[]} */
  const chunks = [];
  const onChunk = (/** @type {{ chunk: string }} */ { chunk }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  /** @type {{ snapshot: { meta: { node_fields: string[], node_types: [string[]] } }, nodes: number[], strings: string[] }} */
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields,
    types = snapshot.meta.node_types[0],
    width = fields.length;
  const TYPE = fields.indexOf('type'),
    NAME = fields.indexOf('name'),
    SIZE = fields.indexOf('self_size');
  /** @type {HeapKinds} */
  const kinds = { js: 0, code: 0, native: 0, byName: new Map() };
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + TYPE] ?? 0] ?? '?',
      bytes = nodes[i + SIZE] ?? 0;
    if (type === 'code') kinds.code += bytes;
    else if (type === 'native') kinds.native += bytes;
    else kinds.js += bytes;
    const name = `${type}:${(strings[nodes[i + NAME] ?? 0] ?? '').slice(0, 60)}`;
    const entry = kinds.byName.get(name) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += bytes;
    kinds.byName.set(name, entry);
  }
  return kinds;
}

/** The kinds that grew most from `before` to `after`, in bytes. @param {HeapKinds} before @param {HeapKinds} after @param {number} top */
export function grewMost(before, after, top) {
  return [...after.byName]
    .map(([name, { count, bytes }]) => {
      const was = before.byName.get(name) ?? { count: 0, bytes: 0 };
      return { name, count: count - was.count, bytes: bytes - was.bytes };
    })
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}
