import type { CellValue, Workbook } from 'exceljs';
import { shanghaiDate } from '../calendar/working-calendar.ts';
import type { Organisation } from '../organisation/organisation.ts';
import type { Campaign } from './campaign.ts';
import { importColumns, maxImportRows, type SheetCell, type SheetRow } from './campaign-import.ts';


/** Unpacked, a real list of a few hundred rows is well under a megabyte; a zip that inflates past this is not one. */
const maxInflatedBytes = 64 * 1024 * 1024;

export class UnreadableSheet extends Error {}

/** Inflates every part once, counting, and stops at the limit: a small upload must not unpack into gigabytes. */
const inflatesWithin = async (bytes: Buffer, limit: number) => {
  // Only an import reads a workbook: the other requests' cold starts do without the zip library.
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw new UnreadableSheet('不是有效的 .xlsx 文件（请用 Excel 或 WPS 另存为 .xlsx 后上传）');
  });
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > limit) {
            stream.pause();
            reject(new UnreadableSheet(`文件解压后超过 ${limit / 1024 / 1024} MB，不像一份整改清单`));
          }
        })
        .on('error', () => reject(new UnreadableSheet('文件已损坏，无法读取')))
        .on('end', () => resolve());
    });
  }
};

/** What a cell shows: the text of rich text and links, the result of a formula. */
const shown = (value: CellValue): SheetCell => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return shown((value as { result?: CellValue }).result ?? null);
  if ('text' in value) return typeof value.text === 'string' ? value.text : shown(value.text);
  return undefined; // an error value (#REF!) reads as empty, and the row's checks say what is missing
};

/** The rows of the first worksheet of an uploaded .xlsx, cells as shown; merged cells read as their top-left cell. */
export const readSheetRows = async (bytes: Buffer): Promise<SheetRow[]> => {
  await inflatesWithin(bytes, maxInflatedBytes);
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableSheet('不是有效的 .xlsx 文件（请用 Excel 或 WPS 另存为 .xlsx 后上传）');
  }
  const sheet = workbook.worksheets.find((s) => s.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw new UnreadableSheet('文件中没有工作表');
  // A header, the list and some slack: a sheet formatted down to row 1,048,576 has no more rows than it shows.
  if (sheet.actualRowCount > maxImportRows + 20) throw new UnreadableSheet(`一次最多导入 ${maxImportRows} 行，本表有 ${sheet.actualRowCount} 行`);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = shown(cell.value);
    });
    rows.push({ number, cells });
  });
  return rows;
};

/**
 * The list to fill in for a campaign: the template's columns, the bureau's organisations to pick from (a hidden sheet
 * feeds the drop-downs), and a sheet saying how each column is read.
 */
export const importTemplate = async (campaign: Campaign, organisations: readonly Organisation[], generatedAt: Date): Promise<Buffer> => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet('整改清单', { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' } });
  const columns = [
    { header: '序号', width: 6 },
    { header: importColumns.problem.headers[0], width: 40 },
    { header: importColumns.measure.headers[0], width: 50 },
    { header: importColumns.organisation.headers[0], width: 22 },
    { header: importColumns.person.headers[0], width: 12 },
    { header: importColumns.leader.headers[0], width: 12 },
    { header: importColumns.deadline.headers[0], width: 16 },
    { header: importColumns.supervising.headers[0], width: 22 },
  ];
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getCell(1, 1).value = `${campaign.title}${campaign.sourceDocument ? `（${campaign.sourceDocument}）` : ''} 问题整改清单`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  columns.forEach((column, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    sheet.getColumn(i + 1).width = column.width;
    sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });

  const active = organisations.filter((o) => o.active && o.kind !== 'bureau');
  const names = workbook.addWorksheet('单位', { state: 'hidden' });
  active.forEach((o, i) => (names.getCell(i + 1, 1).value = o.name));
  const pick = { type: 'list' as const, allowBlank: true, formulae: [`单位!$A$1:$A$${Math.max(1, active.length)}`], showErrorMessage: true, errorTitle: '不是本局的单位', error: '请从下拉列表中选择' };
  for (let row = 3; row <= maxImportRows + 2; row += 1) {
    sheet.getCell(row, 4).dataValidation = pick;
    sheet.getCell(row, 8).dataValidation = pick;
  }

  const help = workbook.addWorksheet('填写说明');
  help.getColumn(1).width = 14;
  help.getColumn(2).width = 90;
  [
    ['列', '怎样填写'],
    ['问题', '存在的问题。同一问题有多条措施时，每条措施占一行，问题可合并单元格或只在第一行填写。'],
    ['整改措施', '一行一条措施，必填。'],
    ['责任单位', '从下拉列表中选择本局的单位（也可写单位简称）；每行只能一个单位。同一问题、同一责任单位的各行合为一个整改事项。'],
    ['责任人', '可不填。'],
    ['责任领导', '分管领导，可不填。'],
    ['整改时限', '日期（2027-03-31、2027年3月31日、2027年3月底）或工作日数（20个工作日，从导入之日起按法定工作日计算）。事项的时限取各措施中最晚的一个。'],
    ['督促单位', '跟踪督促整改的单位，可不填。'],
    ['', `导入：整改专项页面的「导入清单」，或 POST /v1/rectification-campaigns/${campaign.id}/import。所有行检查无误才会导入；有错的行会逐行列出（行号和列）。同一文件重复上传不会重复建事项。`],
    ['', `模板生成于 ${shanghaiDate(generatedAt)}，单位列表为当日本局在用的单位。`],
  ].forEach((line, i) => {
    help.addRow(line);
    help.getRow(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  help.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
