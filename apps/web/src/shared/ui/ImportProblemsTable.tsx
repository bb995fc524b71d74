import { Alert, Table } from 'antd';
import type { ImportProblem } from '@kaifaqu/contracts';
import { useT } from '../i18n';

/**
 * The cells an import refused, as 行 / 列 / 原因 (the server's Chinese reasons), under the caller's
 * title and its note that nothing was written.
 */
export function ImportProblemsTable({
  problems,
  title,
  hint,
}: {
  problems: ImportProblem[];
  title: string;
  hint: string;
}) {
  const t = useT();
  return (
    <div className="kfq-import-progress">
      <Alert className="kfq-block-alert" type="error" showIcon title={title} description={hint} />
      <Table<ImportProblem>
        size="small"
        rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
        dataSource={problems}
        pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        aria-label={t('import.problems')}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 80 },
          { title: t('import.column'), dataIndex: 'column', width: 180 },
          { title: t('import.reason'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
