/**
 * CSV for spreadsheets (RFC 4180: quoted fields, CRLF). A cell that a spreadsheet would run as
 * a formula (=, +, -, @ first) is prefixed with an apostrophe. A BOM makes Excel read UTF-8.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
