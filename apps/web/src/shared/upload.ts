import type { ErrorBody } from '@kaifaqu/contracts';
import { apiUrl, ApiError } from './http';

/** A refused upload: the usual {@link ApiError} plus the whole parsed body (e.g. an import's `problems`). */
export class UploadError extends ApiError {
  readonly body: unknown;

  constructor(status: number, body: ErrorBody, raw: unknown) {
    super(status, body);
    this.name = 'UploadError';
    this.body = raw;
  }
}

/** Upload progress as a whole percentage (0–100). */
export type ProgressHandler = (percent: number) => void;

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * POSTs multipart form data with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Resolves with the JSON answer; rejects with {@link UploadError} carrying the server's body.
 */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress?: ProgressHandler,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, { code: 'NETWORK_ERROR', message: '网络连接失败,请检查网络后重试' }));
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const known = body as Partial<ErrorBody> | undefined;
      const error: ErrorBody =
        typeof known?.code === 'string' && typeof known.message === 'string'
          ? { code: known.code, message: known.message, details: known.details }
          : { code: `HTTP_${xhr.status}`, message: `服务暂时不可用(HTTP ${xhr.status})` };
      reject(new UploadError(xhr.status, error, body));
    };
    xhr.send(form);
  });
}
