/** The human summary of an anomaly or classify result (ebm run without --json). */

export function formatAppsResult(result: Record<string, unknown>, runFolder: string): string {
  const num = (key: string) => result[key] as number;
  const lines: string[] = [];
  if (result.task === 'anomaly') {
    lines.push(`${result.name}: AUROC ${num('auroc').toFixed(4)} (free energy; anomalies = class ${result.anomalyClass}, ${result.testAnomalies} vs ${result.testNormal} normal test images)`);
  } else {
    lines.push(`${result.name}: test accuracy ${(100 * num('accuracy')).toFixed(2)}% over ${result.testRows} images (free energy + class offsets fitted on ${result.validationRows} validation images)`);
    lines.push(`  plain argmin free energy (biased by the unknown log Z_k): ${(100 * num('accuracyPlainFreeEnergy')).toFixed(2)}%`);
  }
  lines.push(`  RBMs ${result.nh} hidden units, ${result.epochs} epochs on ${result.trainRows} training images; ${result.data}`);
  lines.push(`  ${num('workers')} worker thread(s), ${num('wallSeconds').toFixed(1)} s; run folder ${runFolder}`);
  return `${lines.join('\n')}\n`;
}
