import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { StatsSummaryQuery } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { economyApi } from '../api';

/** 导出Excel: saves the table the query shows (GET /stats/summary.xlsx); a refusal shows as a toast. */
export function ExportButton({ query, fileName }: { query: StatsSummaryQuery; fileName: string }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    economyApi
      .downloadSummary(query, `${fileName}.xlsx`)
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={run}>
      {t('economy.exportExcel')}
    </Button>
  );
}
