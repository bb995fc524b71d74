import type { ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { ErrorCode } from '@kaifaqu/contracts';
import { ME_KEY } from '../features/auth/hooks';
import { ApiError, isApiError, setUnauthorizedHandler } from '../shared/http';
import { LocaleProvider, useLocale } from '../shared/i18n';
import { appTheme } from './theme';

const RESTRICTION_CODES: readonly string[] = [
  ErrorCode.passwordChangeRequired,
  ErrorCode.totpEnrolmentRequired,
];

/** The query client: no retries on 4xx; a restricted or ended session reloads `me` so the gate can route. */
function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status < 500 && error.status > 0) && failures < 2,
      },
    },
    queryCache: new QueryCache({ onError: (error) => onSessionError(error) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionError(error) }),
  });
  function onSessionError(error: unknown): void {
    if (isApiError(error) && RESTRICTION_CODES.includes(error.code)) {
      void client.invalidateQueries({ queryKey: ME_KEY });
    }
  }
  // A 401 on any call but login/me means the session ended: forgetting `me` makes the gate show /login.
  setUnauthorizedHandler(() => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    client.setQueryData(ME_KEY, null);
  });
  return client;
}

function AntdProviders({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={appTheme}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

// One client for the page's lifetime, created outside React: StrictMode would otherwise build a second one
// whose 401 handler, registered last, would clear the wrong cache.
const queryClient = createQueryClient();

/** Every context the app needs: query cache, language, antd configuration and its message/modal hooks. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AntdProviders>{children}</AntdProviders>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
