import { Button, Descriptions, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api-client.js';
import { useWords } from '../i18n.js';
import type { Lead } from '../types.js';

const RISK_COLOR: Record<string, string> = { low: 'green', medium: 'gold', high: 'orange', critical: 'red' };

/** The unit's leads, and one lead's detail with "open a case". */
export function LeadsPage({ leadId, go }: { leadId?: string; go: (path: string) => void }) {
  const w = useWords();
  const [leads, setLeads] = useState<Lead[]>([]);
  useEffect(() => {
    void api<{ leads: Lead[] }>('GET', '/api/leads').then((r) => setLeads(r.leads));
  }, []);
  if (leadId) return <LeadDetail id={leadId} go={go} />;
  return (
    <Table
      rowKey="id"
      dataSource={leads}
      onRow={(l) => ({ onClick: () => go(`/leads/${l.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: w.title, dataIndex: 'title' },
        { title: w.subject, render: (_, l) => l.subject.name },
        { title: w.people, dataIndex: 'peopleAffected', align: 'right' },
        { title: w.minors, dataIndex: 'minors', align: 'right' },
        { title: w.scaleBand, dataIndex: 'scaleBand' },
        { title: w.risk, render: (_, l) => <Tag color={RISK_COLOR[l.riskLevel]}>{l.riskLevel}</Tag> },
        { title: w.status, dataIndex: 'status' },
        { title: w.createdAt, render: (_, l) => l.createdAt.slice(0, 10) },
      ]}
    />
  );
}

function LeadDetail({ id, go }: { id: string; go: (path: string) => void }) {
  const w = useWords();
  const [lead, setLead] = useState<Lead>();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void api<Lead>('GET', `/api/leads/${id}`).then(setLead);
  }, [id]);
  if (!lead) return null;
  const openCase = async (v: { title: string; kind: string }) => {
    const c = await api<{ id: string }>('POST', '/api/cases', { ...v, leadIds: [lead.id] });
    go(`/cases/${c.id}`);
  };
  return (
    <>
      <Button onClick={() => go('/leads')}>{w.back}</Button>{' '}
      <Button type="primary" onClick={() => setOpen(true)} data-testid="open-case">
        {w.openCase}
      </Button>
      <Descriptions bordered column={2} style={{ marginTop: 16 }} title={lead.title}>
        <Descriptions.Item
          label={w.subject}
        >{`${lead.subject.name} (${lead.subject.type}${lead.subject.region ? `, ${lead.subject.region}` : ''})`}</Descriptions.Item>
        <Descriptions.Item label={w.status}>{lead.status}</Descriptions.Item>
        <Descriptions.Item label={w.people}>
          <span data-testid="lead-people">{lead.peopleAffected}</span>
        </Descriptions.Item>
        <Descriptions.Item label={w.minors}>{lead.minors}</Descriptions.Item>
        <Descriptions.Item label={w.scaleBand}>{lead.scaleBand}</Descriptions.Item>
        <Descriptions.Item label={w.risk}>{lead.riskLevel}</Descriptions.Item>
        <Descriptions.Item label={w.piTypes} span={2}>
          {lead.piTypes.map((t) => (
            <Tag key={t}>{t}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={w.criminalTiers} span={2}>
          {lead.harm.criminalTiers.map((t) => `${t.piTypes.join('/')} ${t.records} (${t.crimTier}: ${t.level})`).join('；') || w.none}
        </Descriptions.Item>
        <Descriptions.Item label={w.thresholds} span={2}>
          {lead.harm.thresholdsCrossed.join('；') || w.none}
        </Descriptions.Item>
      </Descriptions>
      <Modal open={open} title={w.openCase} footer={null} onCancel={() => setOpen(false)}>
        <Form layout="vertical" onFinish={openCase} initialValues={{ title: lead.title, kind: 'civil-public-interest' }}>
          <Form.Item name="title" label={w.title} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={w.caseKind}>
            <Select options={['administrative', 'civil-public-interest', 'criminal-referral'].map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="confirm-case">
            {w.save}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
