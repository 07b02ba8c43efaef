import { reactive } from 'vue';
import type { components } from '#shared/api-client/client.ts';
import { fileTypeOf, type FileType } from '#shared/evidence/file-types.ts';

export type UploadOffer = components['schemas']['EvidenceUploadOffer'];
export type UploadRequest = { name: string; contentType: FileType; size: number };
/** One picked file on its way to the bucket; `key` once it arrived, `error` if the API or the bucket refused it. */
export type Upload = { id: number; name: string; size: number; percent: number; key?: string; error?: string };

/** Posts the presigned form to the bucket: its fields, then the file. XHR, because fetch reports no upload progress. */
export const postToBucket = (offer: UploadOffer, file: Blob, onProgress: (percent: number) => void) =>
  new Promise<void>((resolve, reject) => {
    const form = new FormData();
    for (const [field, value] of Object.entries(offer.fields)) form.append(field, value);
    form.append('file', file);
    const request = new XMLHttpRequest();
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => (request.status < 300 ? resolve() : reject(new Error(`存储服务拒绝了文件（${request.status}）`)));
    request.onerror = () => reject(new Error('网络中断，上传未完成，请重试'));
    request.open('POST', offer.url);
    request.send(form);
  });

/**
 * The files of one form: each asks the API for a form (which refuses a wrong type or size with its
 * reason), then goes to the bucket with its progress shown. `keys()` are what the command references.
 */
export const useUploads = (offerFor: (request: UploadRequest) => Promise<UploadOffer>) => {
  const uploads = reactive<Upload[]>([]);
  let next = 0;
  const add = async (file: File) => {
    const upload = reactive<Upload>({ id: next++, name: file.name, size: file.size, percent: 0 });
    uploads.push(upload);
    try {
      const contentType = fileTypeOf(file);
      // The API names the accepted types in its refusal; an unknown type is sent as the browser saw it.
      const offer = await offerFor({ name: file.name, contentType: contentType ?? (file.type as FileType), size: file.size });
      await postToBucket(offer, file, (percent) => (upload.percent = percent));
      upload.percent = 100;
      upload.key = offer.key;
    } catch (error) {
      upload.error = (error as Error).message;
    }
  };
  return {
    uploads,
    add: (files: FileList | null) => Promise.all([...(files ?? [])].map(add)),
    remove: (id: number) => {
      const at = uploads.findIndex((u) => u.id === id);
      if (at >= 0) uploads.splice(at, 1);
    },
    busy: () => uploads.some((u) => !u.key && !u.error),
    keys: () => uploads.flatMap((u) => (u.key ? [u.key] : [])),
    clear: () => uploads.splice(0),
  };
};
