import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  INSPECTION_RESULTS,
  type InspectionDetail,
  type InspectionItem,
  type InspectionItemUpdateBody,
  type InspectionResult,
} from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { useUpdateItem } from '../hooks';
import { categoryKey, isTouchScreen, optionLists } from '../labels';
import { PhotoField } from './PhotoField';

type Values = Omit<InspectionItemUpdateBody, 'version'>;

function valuesOf(item: InspectionItem): Values {
  return {
    result: item.result,
    note: item.note,
    photoFileIds: item.photoFileIds,
    hazardGrade: item.hazardGrade,
    hazardCategory: item.hazardCategory,
    hazardLocation: item.hazardLocation,
    hazardDescription: item.hazardDescription,
    hazardDeadline: item.hazardDeadline,
    responsiblePerson: item.responsiblePerson,
    responsiblePhone: item.responsiblePhone,
  };
}

/** Props of {@link InspectionItemCard}; mount it with `key={item.id + item.version}` so a save resets it. */
export interface InspectionItemCardProps {
  inspection: InspectionDetail;
  item: InspectionItem;
  editable: boolean;
}

/**
 * One checklist item on site: big 合格/不合格/不适用 buttons (saved at once), a note and photos; a
 * failure opens the fields of the hazard it will register when the inspection is completed.
 */
export function InspectionItemCard({ inspection, item, editable }: InspectionItemCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const save = useUpdateItem(inspection.id);
  const [values, setValues] = useState<Values>(() => valuesOf(item));
  const [dirty, setDirty] = useState(false);
  const { categories } = optionLists(t);
  const seq = item.seq;

  const edit = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setDirty(true);
  };
  const persist = (patch: Partial<Values> = {}) =>
    save.mutate(
      { itemId: item.id, body: { ...values, ...patch, version: item.version } },
      {
        onSuccess: () => void message.success(t('inspections.detail.itemSaved', { seq })),
        onError: notifyError,
      },
    );

  const failed = values.result === 'fail';
  const groupLabel = t('inspections.detail.itemGroup', { seq });
  return (
    <Card
      size="small"
      role="group"
      aria-label={`${seq}. ${item.content}`}
      className={`kfq-inspection-card${failed ? ' kfq-result-fail' : ''}`}
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {seq}. {item.content}
        </Typography.Text>
      }
    >
      {item.legalBasis ? (
        <Typography.Text type="secondary" className="kfq-legal-basis">
          {t('inspections.detail.legalBasis')}:{item.legalBasis}
        </Typography.Text>
      ) : null}
      <Radio.Group
        className="kfq-result-buttons"
        optionType="button"
        buttonStyle="solid"
        size="large"
        aria-label={groupLabel}
        disabled={!editable || save.isPending}
        value={values.result}
        onChange={(e) => {
          const result = e.target.value as InspectionResult;
          setValues((v) => ({ ...v, result }));
          persist({ result });
        }}
        options={INSPECTION_RESULTS.map((r) => ({ value: r, label: t(`inspections.result.${r}`) }))}
      />
      <Form layout="vertical" style={{ marginTop: 12 }} disabled={!editable}>
        {editable || values.note ? (
          <Form.Item
            label={t('inspections.detail.note')}
            htmlFor={`note-${item.id}`}
            style={{ marginBottom: 8 }}
          >
            <Input.TextArea
              id={`note-${item.id}`}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={1000}
              value={values.note}
              onChange={(e) => edit({ note: e.target.value })}
            />
          </Form.Item>
        ) : null}
        {editable || values.photoFileIds.length > 0 ? (
          <Form.Item label={t('inspections.detail.photos')} style={{ marginBottom: 8 }}>
            <PhotoField
              photoIds={values.photoFileIds}
              enterpriseId={inspection.enterpriseId}
              subParkId={inspection.subParkId}
              label={t('inspections.detail.photoOf', { seq })}
              disabled={!editable}
              onChange={(photoFileIds) => {
                setValues((v) => ({ ...v, photoFileIds }));
                persist({ photoFileIds });
              }}
            />
          </Form.Item>
        ) : null}
        {failed && editable ? (
          <HazardFields item={item} values={values} edit={edit} categories={categories} />
        ) : null}
        {editable ? (
          <Button
            block
            type={dirty ? 'primary' : 'default'}
            loading={save.isPending}
            onClick={() => persist()}
          >
            {t('inspections.detail.saveItem', { seq })}
          </Button>
        ) : null}
      </Form>
      {!editable && item.result === 'fail' ? (
        <Typography.Text type="danger">
          {t(`inspections.grade.${item.hazardGrade}`)} · {t(categoryKey(item.hazardCategory))} ·{' '}
          {t('inspections.detail.deadline')} {item.hazardDeadline}
        </Typography.Text>
      ) : null}
    </Card>
  );
}

/** The fields of the hazard a failed item will register. */
function HazardFields({
  item,
  values,
  edit,
  categories,
}: {
  item: InspectionItem;
  values: Values;
  edit: (patch: Partial<Values>) => void;
  categories: { value: string; label: string }[];
}) {
  const t = useT();
  const id = (field: string) => `${field}-${item.id}`;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <Typography.Title level={5} style={{ marginTop: 4 }}>
        {t('inspections.detail.hazardFields')}
      </Typography.Title>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label={t('inspections.detail.grade')} style={{ marginBottom: 8 }}>
            <Radio.Group
              aria-label={t('inspections.detail.grade')}
              optionType="button"
              value={values.hazardGrade}
              onChange={(e) => edit({ hazardGrade: e.target.value as Values['hazardGrade'] })}
              options={[
                { value: 'general', label: t('inspections.grade.general') },
                { value: 'major', label: t('inspections.grade.major') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('inspections.detail.category')}
            htmlFor={id('category')}
            style={{ marginBottom: 8 }}
          >
            <Select
              id={id('category')}
              aria-label={t('inspections.detail.category')}
              options={categories}
              value={values.hazardCategory}
              onChange={(hazardCategory: Values['hazardCategory']) => edit({ hazardCategory })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('inspections.detail.deadline')}
            htmlFor={id('deadline')}
            required
            style={{ marginBottom: 8 }}
          >
            <DatePicker
              id={id('deadline')}
              aria-label={t('inspections.detail.deadline')}
              inputReadOnly={isTouchScreen()}
              style={{ width: '100%' }}
              value={values.hazardDeadline ? dayjs(values.hazardDeadline) : null}
              onChange={(d) => edit({ hazardDeadline: d ? d.format('YYYY-MM-DD') : null })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('inspections.detail.location')}
            htmlFor={id('location')}
            style={{ marginBottom: 8 }}
          >
            <Input
              id={id('location')}
              maxLength={200}
              value={values.hazardLocation}
              onChange={(e) => edit({ hazardLocation: e.target.value })}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            label={t('inspections.detail.hazardDescription')}
            htmlFor={id('description')}
            style={{ marginBottom: 8 }}
          >
            <Input.TextArea
              id={id('description')}
              autoSize={{ minRows: 2, maxRows: 5 }}
              maxLength={2000}
              placeholder={item.content}
              value={values.hazardDescription}
              onChange={(e) => edit({ hazardDescription: e.target.value })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('inspections.detail.responsiblePerson')}
            htmlFor={id('person')}
            style={{ marginBottom: 8 }}
          >
            <Input
              id={id('person')}
              maxLength={50}
              placeholder={t('inspections.detail.responsiblePersonPlaceholder')}
              value={values.responsiblePerson}
              onChange={(e) => edit({ responsiblePerson: e.target.value })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('inspections.detail.responsiblePhone')}
            htmlFor={id('phone')}
            style={{ marginBottom: 12 }}
          >
            <Input
              id={id('phone')}
              type="tel"
              maxLength={30}
              value={values.responsiblePhone ?? ''}
              onChange={(e) => edit({ responsiblePhone: e.target.value || null })}
            />
          </Form.Item>
        </Col>
      </Row>
    </fieldset>
  );
}
