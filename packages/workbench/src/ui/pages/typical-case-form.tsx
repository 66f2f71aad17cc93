import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useWords } from '../i18n.js';
import type { TypicalCase } from '../types.js';

/** The fields of a typical case as the form holds them (PI types as a list of ids). */
export interface TypicalCaseValues {
  title?: string;
  summary: string;
  legalBasis: string;
  outcome: string;
  piTypes?: string[];
  shared?: boolean;
}

/** The modal form that writes up, edits or promotes a typical case. */
export function TypicalCaseForm({
  open,
  title,
  initial,
  titleRequired,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  initial?: Partial<TypicalCase>;
  titleRequired: boolean;
  onSubmit: (values: TypicalCaseValues) => Promise<void>;
  onClose: () => void;
}) {
  const w = useWords();
  const [form] = Form.useForm<TypicalCaseValues>();
  return (
    <Modal
      open={open}
      title={title}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'save-typical' }}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ shared: false, ...initial }} onFinish={(v) => void onSubmit(v)}>
        <Form.Item name="title" label={w.title} rules={[{ required: titleRequired }]}>
          <Input data-testid="typical-title" />
        </Form.Item>
        <Form.Item name="summary" label={w.summary} rules={[{ required: true }]}>
          <Input.TextArea rows={4} data-testid="typical-summary" />
        </Form.Item>
        <Form.Item name="legalBasis" label={w.legalBasis} rules={[{ required: true }]}>
          <Input data-testid="typical-basis" />
        </Form.Item>
        <Form.Item name="outcome" label={w.outcome} rules={[{ required: true }]}>
          <Input data-testid="typical-outcome" />
        </Form.Item>
        <Form.Item name="piTypes" label={w.piTypes}>
          <Select mode="tags" tokenSeparators={[',', ' ']} />
        </Form.Item>
        <Form.Item name="shared" valuePropName="checked">
          <Checkbox>{w.shared}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
