import { Button, Tag, type TableColumnsType } from 'antd';
import type { Indicator } from '@kaifaqu/contracts';
import { EMPTY } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { bpText } from './display';

/**
 * The catalogue's columns: name, code, unit, 累计/时点, who reports it, category, lead department, the
 * alarm and excellence thresholds in percent, status; `onEdit` adds the edit action (indicator:manage).
 */
export function useIndicatorColumns(
  departmentNames: ReadonlyMap<string, string>,
  onEdit: ((indicator: Indicator) => void) | null,
): TableColumnsType<Indicator> {
  const t = useT();
  const columns: TableColumnsType<Indicator> = [
    { title: t('indicatorCatalogue.name'), dataIndex: 'name', width: 140, fixed: 'left' },
    {
      title: t('indicatorCatalogue.code'),
      dataIndex: 'code',
      width: 220,
      render: (code: string) => <span className="kfq-file-code">{code}</span>,
    },
    { title: t('indicatorCatalogue.unit'), dataIndex: 'unit', width: 90 },
    {
      title: t('indicatorCatalogue.kind'),
      dataIndex: 'kind',
      width: 70,
      render: (kind: Indicator['kind']) => (
        <Tag color={kind === 'flow' ? 'blue' : 'purple'}>{t(`economy.kind.${kind}`)}</Tag>
      ),
    },
    {
      title: t('indicatorCatalogue.reporter'),
      dataIndex: 'reporter',
      width: 90,
      render: (reporter: Indicator['reporter']) => t(`economy.reporter.${reporter}`),
    },
    {
      title: t('indicatorCatalogue.category'),
      dataIndex: 'enterpriseCategory',
      width: 100,
      render: (c: Indicator['enterpriseCategory']) => (c ? t(`economy.category.${c}`) : EMPTY),
    },
    {
      title: t('indicatorCatalogue.leadDepartment'),
      dataIndex: 'leadDepartmentId',
      width: 120,
      render: (id: string | null) => (id ? (departmentNames.get(id) ?? EMPTY) : EMPTY),
    },
    {
      title: t('indicatorCatalogue.alarmThreshold'),
      dataIndex: 'alarmGrowthBp',
      width: 90,
      align: 'right',
      render: (bp: number | null) => bpText(bp),
    },
    {
      title: t('indicatorCatalogue.excellenceThreshold'),
      dataIndex: 'excellenceGrowthBp',
      width: 90,
      align: 'right',
      render: (bp: number | null) => bpText(bp),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 70,
      render: (s: Indicator['status']) => (
        <Tag color={s === 'active' ? 'green' : 'default'}>{t(`status.${s}`)}</Tag>
      ),
    },
  ];
  if (onEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_v, indicator) => (
        <Button type="link" size="small" onClick={() => onEdit(indicator)}>
          {t('action.edit')}
        </Button>
      ),
    });
  }
  return columns;
}
