/** Public exports of ebm's run reports. */
export { writeReport } from './write-report.js';
export type { EpochPoint, HistoryPoint, ImageGrid, PathPoint, ReportExtras } from './run-result.js';
