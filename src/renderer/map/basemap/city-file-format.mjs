// @ts-check
/**
 * The city file's layout, one description for its writer
 * (scripts/city-map/city-file.mjs) and its reader (city-file.ts):
 *
 *   "HOC2" | uint32 header length | header JSON, space-padded to 4 bytes | varint stream
 *
 * The stream holds, for each tile and layer, its parts one after the other:
 * the part's point count, then its points as zigzag varints (protobuf's
 * integer coding, as in the vector tiles themselves), each part's first point
 * from 0 and the rest as steps from the point before. Steps are a few units,
 * so most take one byte. The header lists, per tile, where each layer's run
 * of parts starts in the stream and how many parts and points it holds:
 * [z, x, y, layer, byteOffset, parts, points, layer, ...].
 */

/** The file's first four bytes (ASCII): a file without them is not a city map. */
export const CITY_FILE_MAGIC = 'HOC2';
