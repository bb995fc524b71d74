import type { ErrorBody } from '@kaifaqu/contracts';

/** One broken rule of a rejected request, as the server lists it. */
export interface ApiErrorDetail {
  path: string;
  message: string;
}

/** An error answered by the API: HTTP status plus the stable code and message of the error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetail[] | undefined;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }
}

/** True when `error` is an {@link ApiError} with the given code. */
export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Query-string values; undefined, null and empty strings are left out. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

const API_PREFIX = '/api/v1';
// Calls whose 401 is an expected answer (wrong password, no session yet), not an expired session.
const SESSION_PROBES = ['/api/v1/auth/login', '/api/v1/auth/me'];

let onUnauthorized: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** Replaces what happens when a call answers 401 (the app clears its cache and routes to /login). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** Builds the URL of an API path: `/auth/me` → `/api/v1/auth/me`; paths starting with `/api/` are kept. */
export function apiUrl(path: string, query?: QueryParams): string {
  const base = path.startsWith('/api/') ? path : `${API_PREFIX}${path}`;
  if (!query) return base;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).code === 'string' &&
    typeof (value as ErrorBody).message === 'string'
  );
}

async function readError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy page, an empty body): fall back to a generic error below.
  }
  if (isErrorBody(body)) return new ApiError(response.status, body);
  const code = response.status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${response.status}`;
  return new ApiError(response.status, { code, message: `服务暂时不可用(HTTP ${response.status})` });
}

async function send<T>(method: string, path: string, body?: unknown, query?: QueryParams): Promise<T> {
  const url = apiUrl(path, query);
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body; // the browser sets the multipart boundary
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '网络连接失败,请检查网络后重试' });
  }
  if (!response.ok) {
    const error = await readError(response);
    if (response.status === 401 && !SESSION_PROBES.includes(url.split('?')[0] ?? '')) onUnauthorized();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The JSON API client: every call sends the session cookie and throws {@link ApiError} on failure. */
export const http = {
  /** GET with optional query parameters. */
  get: <T>(path: string, query?: QueryParams) => send<T>('GET', path, undefined, query),
  /** POST a JSON body. */
  post: <T>(path: string, body?: unknown) => send<T>('POST', path, body),
  /** PUT a JSON body. */
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
  /** DELETE (rarely used: records are archived, not deleted). */
  delete: <T>(path: string) => send<T>('DELETE', path),
  /** POST files as multipart form data. */
  upload: <T>(path: string, form: FormData) => send<T>('POST', path, form),
};
