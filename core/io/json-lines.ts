/**
 * JSON Lines (jsonlines.org): one JSON value per line, each line ended by "\n". Streams
 * well, appends safely and loads with one call in most tools (pandas.read_json(lines=True)).
 * Non-finite numbers become null, as JSON.stringify writes them.
 */

/** One line: the JSON text of `record` followed by "\n". */
export function jsonLine(record: unknown): string {
  const text = JSON.stringify(record);
  if (text === undefined) throw new RangeError('json-lines: a record must be a JSON value');
  return text + '\n';
}

export function toJsonLines(records: Iterable<unknown>): string {
  let out = '';
  for (const r of records) out += jsonLine(r);
  return out;
}
