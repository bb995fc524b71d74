import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { SafetyStatsQuery } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { safetyStatsApi } from '../api';

/** 导出Excel: saves the table the query shows (GET /safety-stats.xlsx); a refusal shows as a toast. */
export function ExportButton({ query, fileName }: { query: SafetyStatsQuery; fileName: string }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    safetyStatsApi
      .download(query, `${fileName}.xlsx`)
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={run}>
      {t('safetyStats.exportExcel')}
    </Button>
  );
}
