import { Button, Col, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Checklist, ChecklistCreateBody, HazardCategory, SpecialTopic } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreateChecklist, useUpdateChecklist } from '../hooks';
import { optionLists } from '../labels';

interface ChecklistValues {
  title: string;
  topic?: SpecialTopic;
  description?: string;
  items: { content: string; legalBasis?: string; hazardCategory: HazardCategory }[];
}

/** Props of {@link ChecklistFormModal}. */
export interface ChecklistFormModalProps {
  /** The custom checklist being edited, or null for a new one. */
  checklist: Checklist | null;
  onClose: () => void;
}

/** Creates or edits a custom checklist: title, topic and its items with legal basis and default category. */
export function ChecklistFormModal({ checklist, onClose }: ChecklistFormModalProps) {
  const t = useT();
  const create = useCreateChecklist();
  const update = useUpdateChecklist();
  const mutation = checklist ? update : create;
  const { topics, categories } = optionLists(t);

  const submit = (v: ChecklistValues) => {
    const body: ChecklistCreateBody = {
      title: v.title,
      topic: v.topic ?? null,
      description: v.description ?? '',
      items: v.items.map((i) => ({
        content: i.content,
        legalBasis: i.legalBasis ?? '',
        hazardCategory: i.hazardCategory,
      })),
    };
    if (checklist)
      update.mutate(
        { id: checklist.id, body: { ...body, version: checklist.version } },
        { onSuccess: onClose },
      );
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <FormModal<ChecklistValues>
      width={760}
      title={checklist ? t('inspections.checklists.edit') : t('inspections.checklists.new')}
      initialValues={
        checklist
          ? {
              title: checklist.title,
              topic: checklist.topic ?? undefined,
              description: checklist.description,
              items: checklist.items.map((i) => ({
                content: i.content,
                legalBasis: i.legalBasis,
                hazardCategory: i.hazardCategory,
              })),
            }
          : { items: [{ content: '', legalBasis: '', hazardCategory: 'other' }] }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item
        name="title"
        label={t('inspections.checklists.title')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="topic" label={t('inspections.checklists.topic')}>
        <Select
          allowClear
          options={topics}
          placeholder={t('inspections.topic.general')}
          aria-label={t('inspections.checklists.topic')}
        />
      </Form.Item>
      <Form.Item name="description" label={t('inspections.checklists.description.field')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top">
                <Col xs={24} md={10}>
                  <Form.Item
                    name={[field.name, 'content']}
                    label={index === 0 ? t('inspections.detail.itemContent') : undefined}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 3 }}
                      maxLength={500}
                      prefix={`${index + 1}.`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'legalBasis']}
                    label={index === 0 ? t('inspections.checklists.legalBasis') : undefined}
                  >
                    <Input maxLength={1000} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={5}>
                  <Form.Item
                    name={[field.name, 'hazardCategory']}
                    label={index === 0 ? t('inspections.checklists.defaultCategory') : undefined}
                    rules={[{ required: true }]}
                  >
                    <Select options={categories} aria-label={t('inspections.checklists.defaultCategory')} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2} style={{ paddingTop: index === 0 ? 30 : 0 }}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                    aria-label={t('inspections.checklists.removeItem', { seq: index + 1 })}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ content: '', legalBasis: '', hazardCategory: 'other' })}
            >
              {t('inspections.checklists.addItem')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
