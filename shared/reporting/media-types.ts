/** The media types of the files the reports and campaigns hand out: workbooks and CSV exports. */
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvType = 'text/csv; charset=utf-8';
