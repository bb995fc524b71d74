import { Descriptions, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { SafetyFileSection as SectionData } from '@kaifaqu/contracts';
import type { EnterpriseFileSectionViewProps } from '../../enterprises/file-sections';
import { EMPTY } from '../../../shared/format';
import { useDynamicT, useT } from '../../../shared/i18n';

type Inspection = SectionData['inspections'][number];
type OpenHazard = SectionData['openHazards'][number];
type Permit = SectionData['dischargePermits'][number];

/** The section's data, tolerating a missing or malformed payload (typed `unknown` on the wire). */
function dataOf(data: unknown): SectionData {
  const d = (data ?? {}) as Partial<SectionData>;
  return {
    agreementYears: Array.isArray(d.agreementYears) ? d.agreementYears : [],
    inspections: Array.isArray(d.inspections) ? d.inspections : [],
    hazardCounts: d.hazardCounts ?? { open: 0, overdue: 0, closed: 0 },
    openHazards: Array.isArray(d.openHazards) ? d.openHazards : [],
    dischargePermits: Array.isArray(d.dischargePermits) ? d.dischargePermits : [],
  };
}

/**
 * 一企一档 · 安全环保: the years a 安全生产责任书 was signed, the hazard counts with the open ones,
 * the latest inspections and the discharge permits.
 */
export function SafetyFileSection({ section }: EnterpriseFileSectionViewProps) {
  const t = useT();
  const dt = useDynamicT();
  const data = dataOf(section.data);
  const inspectionColumns: TableColumnsType<Inspection> = [
    { title: t('safetyStats.file.inspectedOn'), dataIndex: 'inspectedOn', width: 110 },
    {
      title: t('safetyStats.file.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (kind: string) => dt(`safetyStats.kind.${kind}`, kind),
    },
    { title: t('safetyStats.file.inspectors'), dataIndex: 'inspectors', width: 160 },
    { title: t('safetyStats.file.summary'), dataIndex: 'summary', render: (s: string) => s || EMPTY },
  ];
  const hazardColumns: TableColumnsType<OpenHazard> = [
    { title: t('safetyStats.file.hazardCode'), dataIndex: 'code', width: 120 },
    { title: t('safetyStats.file.hazardDescription'), dataIndex: 'description' },
    {
      title: t('safetyStats.file.grade'),
      dataIndex: 'grade',
      width: 80,
      render: (grade: string) => (
        <Tag color={grade === 'major' ? 'red' : undefined}>{dt(`safetyStats.grade.${grade}`, grade)}</Tag>
      ),
    },
    { title: t('safetyStats.file.foundOn'), dataIndex: 'foundOn', width: 110 },
    {
      title: t('safetyStats.file.deadline'),
      dataIndex: 'deadline',
      width: 130,
      render: (deadline: string, h: OpenHazard) => (
        <Space size={4}>
          {deadline}
          {h.overdue ? <Tag color="red">{t('safetyStats.file.overdue')}</Tag> : null}
        </Space>
      ),
    },
  ];
  const permitColumns: TableColumnsType<Permit> = [
    { title: t('safetyStats.file.permitNo'), dataIndex: 'number' },
    {
      title: t('safetyStats.file.validity'),
      key: 'validity',
      render: (_: unknown, p: Permit) => `${p.validFrom ?? EMPTY} ~ ${p.validTo ?? EMPTY}`,
    },
  ];
  const { open, overdue, closed } = data.hazardCounts;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('safetyStats.file.agreements')}>
          {data.agreementYears.length > 0
            ? data.agreementYears.map((y) => <Tag key={y}>{t('safetyStats.yearLabel', { year: y })}</Tag>)
            : t('safetyStats.file.noAgreement')}
        </Descriptions.Item>
        <Descriptions.Item label={t('safetyStats.file.hazards')}>
          <Space size={4} wrap>
            <Tag color={open > 0 ? 'orange' : undefined}>{`${t('safetyStats.file.open')} ${open}`}</Tag>
            <Tag color={overdue > 0 ? 'red' : undefined}>{`${t('safetyStats.file.overdue')} ${overdue}`}</Tag>
            <Tag color="green">{`${t('safetyStats.file.closed')} ${closed}`}</Tag>
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Table<OpenHazard>
        rowKey="id"
        size="small"
        columns={hazardColumns}
        dataSource={data.openHazards}
        pagination={data.openHazards.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: t('safetyStats.file.noOpenHazards') }}
      />
      <Typography.Text strong>{t('safetyStats.file.inspections')}</Typography.Text>
      <Table<Inspection>
        rowKey="id"
        size="small"
        columns={inspectionColumns}
        dataSource={data.inspections}
        pagination={false}
        locale={{ emptyText: t('safetyStats.file.noInspections') }}
      />
      <Typography.Text strong>{t('safetyStats.file.permits')}</Typography.Text>
      <Table<Permit>
        rowKey="id"
        size="small"
        columns={permitColumns}
        dataSource={data.dischargePermits}
        pagination={false}
        locale={{ emptyText: t('safetyStats.file.noPermits') }}
      />
    </Space>
  );
}
