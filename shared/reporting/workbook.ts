import { shanghaiDate } from '../calendar/working-calendar.ts';
import type { Table } from './tables.ts';

/** Who the workbook is for and what it covers: printed above every sheet. */
export type WorkbookMeta = { title: string; bureau: string; period: string; generatedAt: Date };

/** Display width in Latin characters: a Chinese character takes two. */
const displayWidth = (value: unknown) => [...(typeof value === 'string' || typeof value === 'number' ? String(value) : '')].reduce((width, c) => width + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
const titleRows = 3;

/**
 * One sheet per table, made to be printed for the bureau's leaders: a title (bureau and sheet), the report period and
 * the date it was made, frozen and repeated header rows, columns as wide as their Chinese text (long text wraps),
 * A4 landscape fitted to one page wide with page numbers. ExcelJS (and its hundred dependencies) is loaded on the
 * first workbook, not at cold start: most report requests read figures as JSON.
 */
export const xlsxOf = async (tables: readonly Table[], meta: WorkbookMeta): Promise<Buffer> => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.bureau;
  workbook.title = meta.title;
  workbook.created = meta.generatedAt;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title, {
      views: [{ state: 'frozen', ySplit: titleRows }],
      pageSetup: {
        paperSize: 9, // A4
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        printTitlesRow: `${titleRows}:${titleRows}`,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&L${meta.bureau} ${table.title}&C第 &P 页，共 &N 页&R制表日期 ${shanghaiDate(meta.generatedAt)}` },
    });
    const last = Math.max(1, table.columns.length);
    sheet.mergeCells(1, 1, 1, last);
    sheet.mergeCells(2, 1, 2, last);
    sheet.getCell(1, 1).value = `${meta.bureau} ${table.title}`;
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.getCell(1, 1).alignment = { horizontal: 'center' };
    sheet.getCell(2, 1).value = `报告期：${meta.period}  制表日期：${shanghaiDate(meta.generatedAt)}`;
    sheet.getCell(2, 1).alignment = { horizontal: 'center' };

    const header = sheet.getRow(titleRows);
    header.values = table.columns.map((c) => c.header);
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(table.columns.map((c) => row[c.key] as string | number | null | undefined));
    const border = { style: 'thin' as const };
    const lines = new Map<number, number>();
    table.columns.forEach((column, i) => {
      const widest = Math.max(displayWidth(column.header), ...table.rows.map((row) => displayWidth(column.format === 'percent' ? '100.0%' : row[column.key])));
      const width = Math.min(column.width ?? 50, Math.max(8, widest + 2));
      sheet.getColumn(i + 1).width = width;
      for (let r = titleRows; r <= sheet.rowCount; r += 1) {
        const cell = sheet.getCell(r, i + 1);
        cell.border = { top: border, left: border, bottom: border, right: border };
        // Long text (problem titles, file names) wraps rather than running off the page.
        cell.alignment = r === titleRows ? { vertical: 'middle', horizontal: 'center', wrapText: true } : { vertical: 'top', wrapText: widest + 2 > width };
        if (r > titleRows && column.format === 'percent') cell.numFmt = '0.0%';
        // A Chinese character prints about 1.8 digits wide, a little less than the two counted for column widths.
        lines.set(r, Math.max(lines.get(r) ?? 1, Math.ceil((displayWidth(r === titleRows ? column.header : cell.value) * 0.9) / width)));
      }
    });
    // Spreadsheet programs do not grow a row for wrapped text they did not lay out themselves: set the heights.
    for (const [r, count] of lines) sheet.getRow(r).height = 15 * count;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const shown = (value: unknown, format: Table['columns'][number]['format']) =>
  format === 'percent' && typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : (value as Parameters<typeof csvCell>[0]);

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
    ...table.rows.map((row) => table.columns.map((c) => csvCell(shown(row[c.key], c.format))).join(',')),
  ]);
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
};
