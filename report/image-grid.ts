/**
 * RBM filters and samples as one PNG: a grid of grey tiles, drawn as SVG rectangles and
 * rasterised by resvg (a raster keeps thousands of pixels out of the HTML).
 */
import type { ImageGrid } from './run-result.js';
import { svgToPng } from './render.js';

/** Tiles are drawn about this many output pixels wide (8x8 patches and 28x28 digits alike), with gaps. */
const tileTarget = 48;
const gap = 4;

export function imageGridPng(grid: ImageGrid, maxImages = 100): { png: Buffer; width: number; height: number; shown: number } {
  const count = Math.min(grid.count ?? Math.floor(grid.data.length / (grid.width * grid.height)), maxImages);
  const columns = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / columns);
  const size = grid.width * grid.height;
  const pixel = Math.max(1, Math.round(tileTarget / grid.width));
  const [lo, hi] = grid.range ?? valueRange(grid.data, count * size, grid.data instanceof Uint8Array);
  const scale = hi > lo ? 255 / (hi - lo) : 0;
  const tileWidth = grid.width * pixel;
  const tileHeight = grid.height * pixel;
  const width = columns * tileWidth + (columns + 1) * gap;
  const height = rows * tileHeight + (rows + 1) * gap;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" shape-rendering="crispEdges"><rect width="${width}" height="${height}" fill="#ffffff"/>`];
  for (let image = 0; image < count; image++) {
    const left = gap + (image % columns) * (tileWidth + gap);
    const top = gap + Math.floor(image / columns) * (tileHeight + gap);
    for (let y = 0; y < grid.height; y++) {
      for (let x = 0; x < grid.width; x++) {
        const value = grid.data[image * size + y * grid.width + x];
        const grey = Math.max(0, Math.min(255, Math.round((value - lo) * scale)));
        parts.push(`<rect x="${left + x * pixel}" y="${top + y * pixel}" width="${pixel}" height="${pixel}" fill="rgb(${grey},${grey},${grey})"/>`);
      }
    }
  }
  parts.push('</svg>');
  return { png: svgToPng(parts.join('')), width, height, shown: count };
}

function valueRange(data: ArrayLike<number>, length: number, bytes: boolean): [number, number] {
  if (bytes) return [0, 255];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < length; i++) {
    const value = data[i];
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}
