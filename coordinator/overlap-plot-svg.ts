/**
 * The Hopfield capacity plot as a standalone SVG: mean retrieval overlap against load alpha,
 * one line per network size, with the breakdown threshold and the Amit-Gutfreund-Sompolinsky
 * alpha_c = 0.138 marked. Plain SVG text (no renderer needed), written into the run folder.
 */
export interface OverlapCurve {
  n: number;
  alphas: number[];
  overlaps: number[];
}

const WIDTH = 640;
const HEIGHT = 420;
const MARGIN = { left: 60, right: 120, top: 30, bottom: 50 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const AGS_ALPHA_C = 0.138;

export function overlapPlotSvg(curves: OverlapCurve[], threshold: number): string {
  const alphas = curves.flatMap((c) => c.alphas);
  const xMin = 0;
  const xMax = Math.max(...alphas, AGS_ALPHA_C) * 1.05;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (a: number) => MARGIN.left + ((a - xMin) / (xMax - xMin)) * plotW;
  const y = (m: number) => MARGIN.top + (1 - Math.max(0, Math.min(1, m))) * plotH;
  const f = (v: number) => v.toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="18" font-size="14">Hopfield retrieval overlap against load (Hebbian storage, zero-T dynamics)</text>`,
  ];
  // Axes and ticks.
  parts.push(`<line x1="${MARGIN.left}" y1="${y(0)}" x2="${MARGIN.left + plotW}" y2="${y(0)}" stroke="#000"/>`);
  parts.push(`<line x1="${MARGIN.left}" y1="${y(0)}" x2="${MARGIN.left}" y2="${y(1)}" stroke="#000"/>`);
  for (let m = 0; m <= 1.0001; m += 0.2) {
    parts.push(`<line x1="${MARGIN.left - 4}" y1="${f(y(m))}" x2="${MARGIN.left}" y2="${f(y(m))}" stroke="#000"/><text x="${MARGIN.left - 8}" y="${f(y(m) + 4)}" text-anchor="end">${m.toFixed(1)}</text>`);
  }
  const step = xMax > 0.3 ? 0.1 : 0.05;
  for (let a = 0; a <= xMax + 1e-9; a += step) {
    parts.push(`<line x1="${f(x(a))}" y1="${y(0)}" x2="${f(x(a))}" y2="${y(0) + 4}" stroke="#000"/><text x="${f(x(a))}" y="${y(0) + 18}" text-anchor="middle">${a.toFixed(2)}</text>`);
  }
  parts.push(`<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">load α = P / N</text>`);
  parts.push(`<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">mean overlap m with the stored pattern</text>`);
  // Threshold and the theoretical alpha_c.
  parts.push(`<line x1="${MARGIN.left}" y1="${f(y(threshold))}" x2="${MARGIN.left + plotW}" y2="${f(y(threshold))}" stroke="#888" stroke-dasharray="4 3"/>`);
  parts.push(`<line x1="${f(x(AGS_ALPHA_C))}" y1="${y(0)}" x2="${f(x(AGS_ALPHA_C))}" y2="${y(1)}" stroke="#888" stroke-dasharray="2 3"/><text x="${f(x(AGS_ALPHA_C) + 4)}" y="${y(1) + 12}" fill="#555">α_c = 0.138 (AGS)</text>`);
  curves.forEach((curve, k) => {
    const colour = COLOURS[k % COLOURS.length];
    const points = curve.alphas.map((a, i) => `${f(x(a))},${f(y(curve.overlaps[i]))}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (let i = 0; i < curve.alphas.length; i++) parts.push(`<circle cx="${f(x(curve.alphas[i]))}" cy="${f(y(curve.overlaps[i]))}" r="3" fill="${colour}"/>`);
    const ly = MARGIN.top + 20 + 18 * k;
    parts.push(`<line x1="${MARGIN.left + plotW + 12}" y1="${ly}" x2="${MARGIN.left + plotW + 32}" y2="${ly}" stroke="${colour}" stroke-width="2"/><text x="${MARGIN.left + plotW + 36}" y="${ly + 4}">N = ${curve.n}</text>`);
  });
  parts.push('</svg>\n');
  return parts.join('\n');
}
