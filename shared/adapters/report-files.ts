import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

/** Where generated report files live: an S3 bucket in AWS (REPORTS_BUCKET), a folder locally (REPORTS_DIR). */
export type ReportFiles = {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | undefined>;
};

const s3Files = (bucket: string, client = new S3Client({})): ReportFiles => ({
  put: async (key, bytes, contentType) => {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }));
  },
  get: async (key) => {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await object.Body!.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  },
});

const folderFiles = (folder: string): ReportFiles => ({
  put: async (key, bytes) => {
    const file = path.join(folder, key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  },
  get: async (key) => readFile(path.join(folder, key)).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error))),
});

let files: ReportFiles | undefined;
export const reportFiles = (): ReportFiles => {
  if (files) return files;
  const bucket = process.env.REPORTS_BUCKET;
  const folder = process.env.REPORTS_DIR;
  if (!bucket && !folder) throw new Error('environment variable REPORTS_BUCKET (or REPORTS_DIR locally) is missing');
  return (files = bucket ? s3Files(bucket) : folderFiles(folder!));
};
