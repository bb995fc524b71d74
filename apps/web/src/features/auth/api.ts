import type { ChangePasswordBody, LoginBody, LoginOptions, Me, TotpSetup } from '@kaifaqu/contracts';
import { http, isApiError } from '../../shared/http';

/** Calls of the auth module: sign-in, the session, own password and second factor. */
export const authApi = {
  /** What the login page shows before sign-in (zone name, demo notice). */
  loginOptions: () => http.get<LoginOptions>('/auth/login-options'),
  /** The signed-in user, or null when there is no session. */
  me: async (): Promise<Me | null> => {
    try {
      return await http.get<Me>('/auth/me');
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
  /** Signs in; a second call carries `totpCode` when the server answers AUTH_TOTP_REQUIRED. */
  login: (body: LoginBody) => http.post<Me>('/auth/login', body),
  /** Ends the session. */
  logout: () => http.post<undefined>('/auth/logout'),
  /** Changes the own password; the server rotates the session cookie. */
  changePassword: (body: ChangePasswordBody) => http.post<undefined>('/auth/password', body),
  /** Starts second-factor enrolment: a new pending secret. */
  totpSetup: () => http.post<TotpSetup>('/auth/totp/setup'),
  /** Confirms enrolment with a current 6-digit code. */
  totpEnable: (code: string) => http.post<undefined>('/auth/totp/enable', { code }),
};
