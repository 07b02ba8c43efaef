import type { Table } from './tables.ts';

/**
 * One sheet per table, bold frozen header row; what offices open in Excel or WPS. ExcelJS (and its hundred
 * dependencies) is loaded on the first workbook, not at cold start: most report requests read figures as JSON.
 */
export const xlsxOf = async (tables: readonly Table[], meta: { title: string; generatedAt: Date }): Promise<Buffer> => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '司法局检查整改平台';
  workbook.title = meta.title;
  workbook.created = meta.generatedAt;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const csvCell = (value: string | number | boolean | null | undefined) => {
  // Text a spreadsheet would run as a formula (problem titles are typed by users) is kept as text.
  const raw = value === undefined || value === null ? '' : String(value);
  const text = typeof value === 'string' && /^\s*[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Every table one after another, each under its title and separated by an empty line; a UTF-8 byte
 * order mark so Excel shows the Chinese headers rather than mojibake.
 */
export const csvOf = (tables: readonly Table[]): Buffer => {
  const lines = tables.flatMap((table, i) => [
    ...(i ? [''] : []),
    csvCell(table.title),
    table.columns.map((c) => csvCell(c.header)).join(','),
    ...table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key] as Parameters<typeof csvCell>[0])).join(',')),
  ]);
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
};
