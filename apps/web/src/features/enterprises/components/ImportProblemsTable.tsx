import { Alert, Table } from 'antd';
import type { ImportProblem } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

/** The rows an import refused, as 行 / 列 / 原因 (the server's Chinese reasons), above a note that nothing was written. */
export function ImportProblemsTable({ fileName, problems }: { fileName: string; problems: ImportProblem[] }) {
  const t = useT();
  return (
    <div className="kfq-import-progress">
      <Alert
        className="kfq-block-alert"
        type="error"
        showIcon
        title={t('enterprise.importInvalid', { name: fileName, count: problems.length })}
        description={t('enterprise.importInvalidHint')}
      />
      <Table<ImportProblem>
        size="small"
        rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
        dataSource={problems}
        pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        aria-label={t('enterprise.importProblems')}
        columns={[
          { title: t('enterprise.importRow'), dataIndex: 'row', width: 80 },
          { title: t('enterprise.importColumn'), dataIndex: 'column', width: 180 },
          { title: t('enterprise.importReason'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
