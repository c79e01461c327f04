/**
 * Vega-Lite specs rendered headless in Node: vega's scenegraph to SVG text (no browser,
 * no canvas), and SVG to PNG with resvg where a raster is better (pixel grids).
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

const font = 'DejaVu Sans, Helvetica, Arial, sans-serif';

/** Shared look: one font, quiet axes; set here so every plot of a report reads alike. */
export const chartConfig = {
  font,
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  title: { fontSize: 14, anchor: 'start' as const },
  view: { stroke: '#cccccc' },
};

export async function vegaLiteToSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile({ ...spec, config: { ...chartConfig, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string, scale = 1): Buffer {
  const resvg = new Resvg(svg, { fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}
