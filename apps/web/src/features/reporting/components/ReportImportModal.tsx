import type { ReportImportResult, ReportTask } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ExcelImportModal } from '../../../shared/ui/ExcelImportModal';
import { reportingApi } from '../api';
import { importProblemsOf } from '../findings';
import { useImportReports } from '../hooks';

/** 导入 a month's values of a task: its template and texts in the shared Excel import dialog. */
export function ReportImportModal({ task, onClose }: { task: ReportTask; onClose: () => void }) {
  const t = useT();
  const importFile = useImportReports(task.id);
  return (
    <ExcelImportModal<ReportImportResult>
      texts={{
        title: t('reporting.import.title', { title: task.title }),
        hint: t('reporting.import.hint'),
        template: t('reporting.import.template'),
        drop: t('reporting.import.drop'),
        dropHint: t('reporting.import.dropHint'),
        close: t('reporting.import.close'),
        uploading: (name) => t('reporting.import.uploading', { name }),
        done: (name) => t('reporting.import.done', { name }),
        counts: (result) => t('reporting.import.counts', { ...result }),
        invalid: (name, count) => t('reporting.import.invalid', { name, count }),
        invalidHint: t('reporting.import.invalidHint'),
      }}
      downloadTemplate={() => reportingApi.downloadTemplate(task.id, `${task.title}.xlsx`)}
      upload={(file, onProgress) => importFile.mutateAsync({ file, onProgress })}
      problemsOf={importProblemsOf}
      onClose={onClose}
    />
  );
}
