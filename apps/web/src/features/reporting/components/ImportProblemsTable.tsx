import { Alert, Table } from 'antd';
import type { ImportProblem } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

/** The cells an import refused, as 行 / 列 / 原因 (the server's Chinese reasons), under a note that nothing was written. */
export function ImportProblemsTable({ fileName, problems }: { fileName: string; problems: ImportProblem[] }) {
  const t = useT();
  return (
    <div className="kfq-import-progress">
      <Alert
        className="kfq-block-alert"
        type="error"
        showIcon
        title={t('reporting.import.invalid', { name: fileName, count: problems.length })}
        description={t('reporting.import.invalidHint')}
      />
      <Table<ImportProblem>
        size="small"
        rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
        dataSource={problems}
        pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        aria-label={t('reporting.import.problems')}
        columns={[
          { title: t('reporting.import.row'), dataIndex: 'row', width: 80 },
          { title: t('reporting.import.column'), dataIndex: 'column', width: 180 },
          { title: t('reporting.import.reason'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
