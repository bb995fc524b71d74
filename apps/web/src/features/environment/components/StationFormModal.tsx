import { Button, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { MonitoringStation, MonitoringThreshold, StationKind } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useSubParks } from '../../organisation/hooks';
import { useLocale, useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreateStation, useUpdateStation } from '../hooks';
import { pollutantCodes, pollutantName, pollutantUnit } from '../pollutants';
import { EnterprisePicker } from './EnterprisePicker';

interface StationValues {
  code: string;
  name: string;
  kind: StationKind;
  enterpriseId?: string;
  subParkId?: string;
  location?: string;
  active: boolean;
  thresholds: MonitoringThreshold[];
}

/**
 * Registers a station (its key is then shown once by the caller) or edits one: name, place,
 * whether it may send, and its limits per pollutant. Code, kind and enterprise are fixed.
 */
export function StationFormModal({
  station,
  onClose,
  onCreated,
}: {
  station: MonitoringStation | null;
  onClose: () => void;
  onCreated: (apiKey: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const can = useCan();
  const [form] = Form.useForm<StationValues>();
  const create = useCreateStation();
  const update = useUpdateStation();
  const mutation = station ? update : create;
  const subParks = useSubParks(can('org:read'));
  const kind = Form.useWatch('kind', form);

  const submit = (v: StationValues) => {
    const thresholds = (v.thresholds ?? []).map((th) => ({
      pollutant: th.pollutant,
      unit: th.unit ?? '',
      upperLimit: th.upperLimit ?? null,
      lowerLimit: th.lowerLimit ?? null,
    }));
    if (station) {
      update.mutate(
        {
          id: station.id,
          body: {
            name: v.name,
            location: v.location ?? '',
            active: v.active,
            thresholds,
            version: station.version,
          },
        },
        { onSuccess: onClose },
      );
    } else {
      create.mutate(
        {
          code: v.code.trim(),
          name: v.name,
          kind: v.kind,
          enterpriseId: v.kind === 'wastewaterOutlet' ? (v.enterpriseId ?? null) : null,
          subParkId: v.kind === 'airQuality' ? (v.subParkId ?? null) : null,
          location: v.location ?? '',
          thresholds,
        },
        { onSuccess: (answer) => onCreated(answer.apiKey) },
      );
    }
  };

  return (
    <FormModal<StationValues>
      form={form}
      width={720}
      title={station ? t('env.station.edit') : t('env.station.create')}
      initialValues={
        station
          ? {
              code: station.code,
              name: station.name,
              kind: station.kind,
              enterpriseId: station.enterpriseId ?? undefined,
              subParkId: station.subParkId ?? undefined,
              location: station.location,
              active: station.active,
              thresholds: station.thresholds,
            }
          : { kind: 'airQuality', active: true, thresholds: [] }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Space wrap>
        <Form.Item
          name="code"
          label={t('env.station.code')}
          rules={[
            { required: true },
            { pattern: /^[A-Za-z0-9_-]{2,32}$/, message: t('env.station.codeFormat') },
          ]}
        >
          <Input maxLength={32} disabled={Boolean(station)} />
        </Form.Item>
        <Form.Item name="name" label={t('env.station.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('env.station.kind')} rules={[{ required: true }]}>
          <Select
            disabled={Boolean(station)}
            style={{ width: 160 }}
            options={(['airQuality', 'wastewaterOutlet'] as const).map((k) => ({
              value: k,
              label: t(`env.station.kind.${k}`),
            }))}
          />
        </Form.Item>
        {station ? (
          <Form.Item name="active" label={t('env.station.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Space>
      {kind === 'wastewaterOutlet' ? (
        <Form.Item name="enterpriseId" label={t('env.enterprise')} rules={[{ required: true }]}>
          <EnterprisePicker disabled={Boolean(station)} initialLabel={station?.enterpriseName ?? undefined} />
        </Form.Item>
      ) : (
        <Form.Item name="subParkId" label={t('env.station.subPark')}>
          <Select
            allowClear
            disabled={Boolean(station)}
            options={(subParks.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="location" label={t('env.station.location')} rules={[{ max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.List name="thresholds">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'pollutant']}
                  label={t('env.pollutant')}
                  rules={[{ required: true }]}
                >
                  <Select
                    style={{ width: 140 }}
                    options={pollutantCodes.map((c) => ({ value: c, label: pollutantName(c, locale) }))}
                    onChange={(code: string) =>
                      form.setFieldValue(['thresholds', field.name, 'unit'], pollutantUnit(code))
                    }
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} label={t('env.unit')}>
                  <Input style={{ width: 90 }} maxLength={16} />
                </Form.Item>
                <Form.Item name={[field.name, 'lowerLimit']} label={t('env.lowerLimit')}>
                  <InputNumber style={{ width: 110 }} precision={3} />
                </Form.Item>
                <Form.Item name={[field.name, 'upperLimit']} label={t('env.upperLimit')}>
                  <InputNumber style={{ width: 110 }} precision={3} />
                </Form.Item>
                <MinusCircleOutlined
                  aria-label={t('env.removeThreshold')}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ unit: '' })}
              disabled={fields.length >= 20}
            >
              {t('env.addThreshold')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
