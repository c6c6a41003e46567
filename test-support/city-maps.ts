/**
 * The committed city map files (src/renderer/map/basemap/city-data), decoded
 * as the basemap's worker decodes them: for the tests that check what they
 * hold and where the map draws it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeCityFile, type CityMap } from '../src/renderer/map/basemap/city-file';

export function readCityMap(id: string): CityMap {
  const bytes = readFileSync(resolve(import.meta.dirname, `../src/renderer/map/basemap/city-data/${id}.bin`));
  return decodeCityFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), `${id}.bin`);
}
