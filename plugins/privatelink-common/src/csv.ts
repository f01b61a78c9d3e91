/** A CSV cell value: numbers stay numbers, text is defused and quoted as needed. @public */
export type CsvValue = string | number | boolean | undefined | null;

/**
 * One RFC 4180 cell. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, tab or carriage return) gets a leading apostrophe; numbers are written as numbers.
 *
 * @public
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header line and rows as CSV text, CRLF line ends. @public */
export function toCsvText(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map(cells => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
