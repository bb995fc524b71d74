import { ErrorCode } from '@kaifaqu/contracts';

/** An error with a stable code and an HTTP status; its message is shown to people (Chinese). */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

/** 404: the record does not exist or is outside the caller's scope (never 403 for foreign ids). */
export const notFound = (what = '记录') => new AppError(404, ErrorCode.notFound, `${what}不存在或无权访问`);

/** 409: the record changed since the caller read it. */
export const versionConflict = () =>
  new AppError(409, ErrorCode.versionConflict, '该记录已被他人修改,请刷新后重试');

/** 409: a uniqueness or state conflict with a specific message. */
export const conflict = (message: string, code: string = ErrorCode.conflict) =>
  new AppError(409, code, message);

/** 400: input that passed the schema but breaks a business rule. */
export const badRequest = (message: string, code: string = ErrorCode.validationFailed) =>
  new AppError(400, code, message);

/** 403: the caller lacks the permission a route declares. */
export const forbidden = (message = '没有执行此操作的权限') =>
  new AppError(403, ErrorCode.forbidden, message);

/** 401: not signed in, or the session ended. */
export const unauthenticated = (message = '请先登录') =>
  new AppError(401, ErrorCode.unauthenticated, message);
