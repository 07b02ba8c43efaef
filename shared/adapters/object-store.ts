import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { s3 } from './aws.ts';

export type StoredObject = {
  size: number;
  contentType: string;
  /** User metadata (x-amz-meta-*), lower-case names. */
  metadata: Record<string, string>;
  /** Set when the bucket keeps versions (AWS); the embedded server keeps one. */
  versionId?: string;
  lastModified?: string;
};

export type PresignedUpload = { url: string; fields: Record<string, string>; expiresAt: string };

export type UploadPolicy = { key: string; contentType: string; maxBytes: number; metadata: Record<string, string>; expiresSeconds: number };
export type DownloadRequest = { key: string; versionId?: string; fileName: string; contentType: string; inline: boolean; expiresSeconds: number };

/** One bucket: report files and evidence files use the same adapter, in AWS and on the embedded stack. */
export type ObjectStore = {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | undefined>;
  head(key: string): Promise<StoredObject | undefined>;
  /** SHA-256 (hex) and the first bytes of the object, read as a stream: files may be tens of megabytes. */
  digest(key: string, versionId?: string): Promise<{ sha256: string; head: Buffer }>;
  /** A browser form upload whose policy fixes the key, the content type, the metadata and the size range. */
  presignUpload(policy: UploadPolicy): Promise<PresignedUpload>;
  presignDownload(request: DownloadRequest): Promise<string>;
};

const missing = (error: unknown) => error instanceof NoSuchKey || error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

// RFC 6266: a Chinese file name needs filename*; the ASCII fallback keeps old clients from garbling it.
const contentDisposition = (kind: 'inline' | 'attachment', fileName: string) =>
  `${kind}; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

// The client is made on first use: a function that holds an object store (for evidence) mostly serves requests that
// touch no file, and an S3 client costs ~7 ms of a cold start to construct.
export const objectStore = (bucket: string, clientOf: () => S3Client = s3): ObjectStore => ({
  put: async (key, bytes, contentType) => {
    await clientOf().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }));
  },
  get: async (key) => {
    try {
      const object = await clientOf().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await object.Body!.transformToByteArray());
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
  },
  head: async (key) => {
    try {
      const object = await clientOf().send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: object.ContentLength ?? 0, contentType: object.ContentType ?? 'application/octet-stream', metadata: object.Metadata ?? {}, versionId: object.VersionId, lastModified: object.LastModified?.toISOString() };
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
  },
  digest: async (key, versionId) => {
    const object = await clientOf().send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
    const hash = createHash('sha256');
    const start: Buffer[] = [];
    let startBytes = 0;
    for await (const chunk of object.Body as Readable) {
      hash.update(chunk as Buffer);
      if (startBytes < 64) {
        start.push(chunk as Buffer);
        startBytes += (chunk as Buffer).length;
      }
    }
    return { sha256: hash.digest('hex'), head: Buffer.concat(start).subarray(0, 64) };
  },
  presignUpload: async ({ key, contentType, maxBytes, metadata, expiresSeconds }) => {
    const metaFields = Object.fromEntries(Object.entries(metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]));
    const fields = { 'Content-Type': contentType, ...metaFields };
    // The presigners load when first used: most invocations sign nothing, and loading both at import cost rectifications ~28 ms of CPU.
    const { createPresignedPost } = await import('@aws-sdk/s3-presigned-post');
    const { url, fields: signed } = await createPresignedPost(clientOf(), {
      Bucket: bucket,
      Key: key,
      Fields: fields,
      Conditions: [['content-length-range', 1, maxBytes], ...Object.entries(fields).map(([name, value]) => ['eq', `$${name}`, value] as ['eq', string, string])],
      Expires: expiresSeconds,
    });
    return { url, fields: signed, expiresAt: new Date(Date.now() + expiresSeconds * 1000).toISOString() };
  },
  presignDownload: async ({ key, versionId, fileName, contentType, inline, expiresSeconds }) => {
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    return getSignedUrl(
      clientOf(),
      new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        VersionId: versionId,
        ResponseContentType: contentType,
        ResponseContentDisposition: contentDisposition(inline ? 'inline' : 'attachment', fileName),
      }),
      { expiresIn: expiresSeconds },
    );
  },
});
