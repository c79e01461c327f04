/** Headless Chromium, as a user opening the report would, taking a screenshot. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export interface Screenshot {
  status: number | null;
  /** Chromium's log lines (console messages and load errors go here with --enable-logging). */
  log: string;
}

export function screenshot(htmlFile: string, pngFile: string, size = '1200,2000'): Screenshot {
  const profile = mkdtempSync(join(tmpdir(), 'ebm-chromium-'));
  try {
    const run = spawnSync('chromium', [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-logging=stderr', '--v=0',
      `--user-data-dir=${profile}`, `--screenshot=${pngFile}`, `--window-size=${size}`,
      pathToFileURL(htmlFile).href,
    ], { encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, log: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Fraction of pixels of a PNG that are not (near) white, decoded by drawing it with resvg. */
export function inkFraction(png: Buffer, width: number, height: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 230 || pixels[i + 1] < 230 || pixels[i + 2] < 230) ink++;
  return ink / (pixels.length / 4);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
