import type { ImportResult } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ExcelImportModal } from '../../../shared/ui/ExcelImportModal';
import { enterprisesApi, importProblemsOf } from '../api';
import { useImportEnterprises } from '../hooks';

/** 导入 enterprises: the registry's template and texts in the shared Excel import dialog. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const importFile = useImportEnterprises();
  return (
    <ExcelImportModal<ImportResult>
      texts={{
        title: t('enterprise.importTitle'),
        hint: t('enterprise.importHint'),
        template: t('enterprise.importTemplate'),
        drop: t('enterprise.importDrop'),
        dropHint: t('enterprise.importDropHint'),
        close: t('enterprise.importClose'),
        uploading: (name) => t('enterprise.importUploading', { name }),
        done: (name) => t('enterprise.importDone', { name }),
        counts: (result) => t('enterprise.importCounts', { ...result }),
        invalid: (name, count) => t('enterprise.importInvalid', { name, count }),
        invalidHint: t('enterprise.importInvalidHint'),
      }}
      downloadTemplate={() => enterprisesApi.downloadTemplate()}
      upload={(file, onProgress) => importFile.mutateAsync({ file, onProgress })}
      problemsOf={importProblemsOf}
      onClose={onClose}
    />
  );
}
