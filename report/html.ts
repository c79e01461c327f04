/**
 * The report page: one HTML file with inline SVG and data-URI PNGs, no scripts and no
 * external resources (a Content-Security-Policy forbids them), so it reads offline and can
 * be mailed or archived with the run.
 */

export interface Section {
  title: string;
  /** Trusted markup: vega's SVG or an <img> with a data URI. */
  body: string;
  caption?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A number shown with enough digits for a log Z comparison, integers as they are. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(7)));
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'number')) return value.length <= 4 ? `[${value.map(formatValue).join(', ')}]` : `${value.length} values`;
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

const styles = `
  body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 24px auto; max-width: 760px; color: #222; background: #fff; }
  h1 { font-size: 22px; margin-bottom: 4px; }
  h2 { font-size: 16px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
  .subtitle { color: #666; margin-top: 0; }
  table { border-collapse: collapse; font-size: 13px; }
  td, th { padding: 3px 14px 3px 0; text-align: left; vertical-align: top; }
  th { color: #555; font-weight: normal; }
  td { font-family: "DejaVu Sans Mono", Menlo, monospace; }
  figure { margin: 0; }
  figcaption { color: #666; font-size: 12px; margin-top: 4px; }
  svg, img { max-width: 100%; height: auto; }
  pre { background: #f6f6f6; padding: 10px; font-size: 12px; overflow-x: auto; }
`;

export function reportHtml(title: string, subtitle: string, summary: [string, unknown][], sections: Section[], specText?: string): string {
  const rows = summary.map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(formatValue(value))}</td></tr>`).join('\n');
  const figures = sections
    .map((section) => `<section>\n<h2>${escapeHtml(section.title)}</h2>\n<figure>${section.body}${section.caption ? `<figcaption>${escapeHtml(section.caption)}</figcaption>` : ''}</figure>\n</section>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(subtitle)}</p>
<h2>Summary</h2>
<table>
${rows}
</table>
${figures}
${specText ? `<section>\n<h2>Spec</h2>\n<pre>${escapeHtml(specText)}</pre>\n</section>` : ''}
</body>
</html>
`;
}
