import { defineMessages } from '../define';

/**
 * Text for API error codes. In zh-CN the server's own Chinese message is shown instead, except where
 * the UI wants a fixed sentence (version conflicts, network failures); in en-US these replace it.
 */
export const errorMessages = defineMessages(
  {
    'error.VALIDATION_FAILED': '提交的内容有误,请检查后重试',
    'error.NOT_FOUND': '记录不存在或已被删除',
    'error.UNAUTHENTICATED': '登录已失效,请重新登录',
    'error.FORBIDDEN': '没有执行此操作的权限',
    'error.VERSION_CONFLICT': '该记录已被他人修改,请刷新后重试',
    'error.CONFLICT': '与已有记录冲突',
    'error.INVALID_TRANSITION': '当前状态下不能执行此操作',
    'error.RATE_LIMITED': '操作过于频繁,请稍后再试',
    'error.SERVICE_UNAVAILABLE': '服务暂时不可用,请稍后再试',
    'error.INTERNAL_ERROR': '服务器内部错误,请稍后再试',
    'error.NETWORK_ERROR': '网络连接失败,请检查网络后重试',
    'error.AUTH_INVALID_CREDENTIALS': '用户名或密码错误',
    'error.AUTH_ACCOUNT_LOCKED': '账号已锁定,请稍后再试',
    'error.AUTH_ACCOUNT_DISABLED': '账号已停用,请联系系统管理员',
    'error.AUTH_TOTP_REQUIRED': '请输入双因素认证验证码',
    'error.AUTH_TOTP_INVALID': '验证码错误或已过期',
    'error.AUTH_PASSWORD_CHANGE_REQUIRED': '请先修改密码',
    'error.AUTH_TOTP_ENROLMENT_REQUIRED': '请先完成双因素认证设置',
    'error.PASSWORD_POLICY_VIOLATION': '新密码不符合密码策略',
    'error.ADMIN_DUTY_CONFLICT': '管理员职责冲突:系统、安全、审计三类管理权限不能混合授予',
    'error.FILE_TYPE_NOT_ALLOWED': '不允许上传此类型的文件',
    'error.FILE_TOO_LARGE': '文件过大',
    'error.unknown': '操作失败,请稍后再试',
  },
  {
    'error.VALIDATION_FAILED': 'Some of the input is invalid; please check it and try again',
    'error.NOT_FOUND': 'The record does not exist or has been removed',
    'error.UNAUTHENTICATED': 'Your session has ended; please sign in again',
    'error.FORBIDDEN': 'You are not allowed to do this',
    'error.VERSION_CONFLICT': 'Someone else has changed this record; refresh and try again',
    'error.CONFLICT': 'This conflicts with an existing record',
    'error.INVALID_TRANSITION': 'This action is not allowed in the current state',
    'error.RATE_LIMITED': 'Too many attempts; please wait a moment and try again',
    'error.SERVICE_UNAVAILABLE': 'The service is temporarily unavailable; please try again later',
    'error.INTERNAL_ERROR': 'Internal server error; please try again later',
    'error.NETWORK_ERROR': 'Network error; check your connection and try again',
    'error.AUTH_INVALID_CREDENTIALS': 'Wrong username or password',
    'error.AUTH_ACCOUNT_LOCKED': 'The account is locked after too many failed attempts; try again later',
    'error.AUTH_ACCOUNT_DISABLED': 'The account is disabled; contact the system administrator',
    'error.AUTH_TOTP_REQUIRED': 'Enter the code from your authenticator app',
    'error.AUTH_TOTP_INVALID': 'The code is wrong or has expired',
    'error.AUTH_PASSWORD_CHANGE_REQUIRED': 'Please change your password first',
    'error.AUTH_TOTP_ENROLMENT_REQUIRED': 'Please set up two-factor authentication first',
    'error.PASSWORD_POLICY_VIOLATION': 'The new password does not meet the password policy',
    'error.ADMIN_DUTY_CONFLICT':
      'Administrator duty conflict: system, security and audit administration may not be combined',
    'error.FILE_TYPE_NOT_ALLOWED': 'This file type may not be uploaded',
    'error.FILE_TOO_LARGE': 'The file is too large',
    'error.unknown': 'The action failed; please try again later',
  },
);
