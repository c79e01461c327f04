/**
 * The per-round PT table as text, for the terminal (issue 4, diagnostics): one line per
 * round with its length, the global barrier Lambda and the replicas it suggests (about
 * 2 Lambda), the spread of swap acceptance, the index process, and the round's log Z.
 */
import type { PtRoundRow } from './run-pt.js';

const HEADER = ['round', 'scans', 'Lambda', 'R~2L', 'acc min', 'acc mean', 'acc max', 'trips', 'restarts', 'log Z', 'stderr'];

export function formatRoundTable(rows: readonly PtRoundRow[]): string {
  const cells = rows.map((r) => [
    String(r.round),
    String(r.scans),
    r.globalBarrier.toFixed(3),
    String(r.suggestedReplicas),
    r.minAcceptance.toFixed(3),
    r.meanAcceptance.toFixed(3),
    r.maxAcceptance.toFixed(3),
    String(r.roundTrips),
    String(r.restarts),
    r.logZ.toFixed(4),
    r.stderr.toFixed(4),
  ]);
  const widths = HEADER.map((h, k) => Math.max(h.length, ...cells.map((c) => c[k].length)));
  const line = (values: string[]) => values.map((v, k) => v.padStart(widths[k])).join('  ');
  return [line(HEADER), ...cells.map(line)].join('\n');
}

/** Fixed column widths, so lines printed one round at a time line up under the header. */
const LINE_WIDTHS = [5, 7, 8, 5, 7, 8, 7, 6, 8, 14, 9];

export function roundTableHeader(): string {
  return HEADER.map((h, k) => h.padStart(LINE_WIDTHS[k])).join('  ');
}

/** One round's line, as printed when the round finishes. */
export function formatRoundLine(r: PtRoundRow): string {
  const values = [r.round, r.scans, r.globalBarrier.toFixed(3), r.suggestedReplicas, r.minAcceptance.toFixed(3), r.meanAcceptance.toFixed(3), r.maxAcceptance.toFixed(3), r.roundTrips, r.restarts, r.logZ.toFixed(4), r.stderr.toFixed(4)];
  return values.map((v, k) => String(v).padStart(LINE_WIDTHS[k])).join('  ');
}
