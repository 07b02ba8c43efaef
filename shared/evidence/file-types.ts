/**
 * The file types a bureau's evidence comes in: what the API accepts, how people name them, the file name
 * endings a phone may give without a type, and the first bytes their files start with. No zod here: the
 * web pages import it for their file pickers.
 */
type Bytes = Uint8Array;
const startsWith = (bytes: Bytes, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const text = (bytes: Bytes, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const zipContainer = (bytes: Bytes) => startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);

export const fileTypes = {
  'image/jpeg': { label: 'JPEG 图片', image: true, extensions: ['jpg', 'jpeg'], matches: (b: Bytes) => startsWith(b, 0xff, 0xd8, 0xff) },
  'image/png': { label: 'PNG 图片', image: true, extensions: ['png'], matches: (b: Bytes) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  // Phones' camera photos: an ISO media file whose brand is one of HEIF's.
  'image/heic': { label: 'HEIC 图片', image: true, extensions: ['heic', 'heif'], matches: (b: Bytes) => text(b, 4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(text(b, 8, 12)) },
  'application/pdf': { label: 'PDF 文件', image: false, extensions: ['pdf'], matches: (b: Bytes) => text(b, 0, 5) === '%PDF-' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word 文档（DOCX）', image: false, extensions: ['docx'], matches: zipContainer },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'Excel 表格（XLSX）', image: false, extensions: ['xlsx'], matches: zipContainer },
  // GB/T 33190 版式文档, the format of China's electronic official documents: a zip container as well.
  'application/ofd': { label: 'OFD 版式文件', image: false, extensions: ['ofd'], matches: zipContainer },
} as const satisfies Record<string, { label: string; image: boolean; extensions: readonly string[]; matches: (firstBytes: Bytes) => boolean }>;
export type FileType = keyof typeof fileTypes;

/** A picked file's type: the browser's, or from its name's ending when the browser gives none (HEIC on many phones). */
export const fileTypeOf = (file: { type: string; name: string }): FileType | undefined => {
  if (file.type in fileTypes) return file.type as FileType;
  const ending = file.name.split('.').pop()?.toLowerCase() ?? '';
  return (Object.entries(fileTypes) as [FileType, { extensions: readonly string[] }][]).find(([, t]) => t.extensions.includes(ending))?.[0];
};

/** What a file picker accepts: every type and its endings. */
export const acceptAttribute = Object.entries(fileTypes).flatMap(([type, t]) => [type, ...t.extensions.map((e) => `.${e}`)]).join(',');
