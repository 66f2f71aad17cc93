import { Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api-client.js';
import { useWords } from '../i18n.js';
import type { Finding, Scan } from '../types.js';
import { ChainCheck, ScanEvidence } from './evidence-panels.js';

/** Start scans, watch their progress, read masked findings, and turn a finished scan into a lead. */
export function ScansPage({ go }: { go: (path: string) => void }) {
  const w = useWords();
  const [scans, setScans] = useState<Scan[]>([]);
  const [findings, setFindings] = useState<{ scan: Scan; rows: Finding[] }>();
  const [leadFor, setLeadFor] = useState<Scan>();
  const [evidenceOf, setEvidenceOf] = useState<string>();
  const load = useCallback(() => void api<{ scans: Scan[] }>('GET', '/api/scans').then((r) => setScans(r.scans)), []);
  useEffect(load, [load]);
  // Live progress: poll while a job runs.
  useEffect(() => {
    if (!scans.some((s) => s.status === 'queued' || s.status === 'running')) return;
    const t = setTimeout(load, 1000);
    return () => clearTimeout(t);
  }, [scans, load]);
  const start = async (v: { targets: string }) => {
    await api('POST', '/api/scans', {
      targets: v.targets
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean),
    });
    load();
  };
  const showFindings = async (scan: Scan) => {
    const r = await api<{ findings: Finding[] }>('GET', `/api/scans/${scan.id}/findings?limit=200`);
    setFindings({ scan, rows: r.findings });
  };
  const createLead = async (v: { title: string; name: string; type: string; region?: string }) => {
    if (!leadFor) return;
    const lead = await api<{ id: string }>('POST', `/api/scans/${leadFor.id}/lead`, {
      title: v.title,
      subject: { name: v.name, type: v.type, ...(v.region ? { region: v.region } : {}) },
    });
    go(`/leads/${lead.id}`);
  };
  return (
    <>
      <Form layout="vertical" onFinish={start}>
        <Form.Item name="targets" label={w.targets} rules={[{ required: true }]}>
          <Input.TextArea
            rows={2}
            data-testid="scan-targets"
            placeholder={
              'https://example.gov.cn/notice.html\n/srv/scans/list.xlsx · sqlite:///srv/scans/app.db · postgres://user:password@host/db'
            }
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="start-scan">
          {w.startScan}
        </Button>
      </Form>
      <Table
        style={{ marginTop: 16 }}
        rowKey="id"
        dataSource={scans}
        columns={[
          { title: w.targets, render: (_, s) => s.targets.join(', ') },
          { title: w.status, render: (_, s) => <Tag data-testid="scan-status">{s.status}</Tag> },
          {
            // Files (or database tables) read, of those planned when known, then findings so far.
            title: w.progress,
            render: (_, s) => {
              const p = s.progress as Scan['progress'] & { plannedFiles?: number };
              return `${p.files}${p.plannedFiles ? `/${p.plannedFiles}` : ''} / ${p.findings}`;
            },
          },
          { title: w.people, render: (_, s) => s.summary?.people?.distinct ?? '' },
          { title: w.scaleBand, render: (_, s) => s.summary?.scale?.band ?? '' },
          {
            title: '',
            render: (_, s) =>
              s.status === 'done' && (
                <>
                  <Button size="small" onClick={() => void showFindings(s)} data-testid="show-findings">
                    {w.findings}
                  </Button>{' '}
                  <Button size="small" type="primary" onClick={() => setLeadFor(s)} data-testid="lead-from-scan">
                    {w.leadFromScan}
                  </Button>{' '}
                  <Button size="small" onClick={() => setEvidenceOf(s.id)} data-testid="show-evidence">
                    {w.evidence}
                  </Button>
                </>
              ),
          },
        ]}
      />
      <ChainCheck path="/api/evidence/verify" />
      <ScanEvidence scanId={evidenceOf} onClose={() => setEvidenceOf(undefined)} />
      <Modal open={!!findings} width={800} footer={null} onCancel={() => setFindings(undefined)} title={w.findings}>
        <Table
          rowKey={(f) => `${f.location}-${f.masked}`}
          size="small"
          pagination={{ pageSize: 50 }}
          dataSource={findings?.rows ?? []}
          columns={[
            { title: w.piTypes, dataIndex: 'piType' },
            { title: w.findings, dataIndex: 'masked', render: (m: string) => <code data-testid="masked">{m}</code> },
            { title: '', dataIndex: 'location' },
          ]}
        />
      </Modal>
      <Modal open={!!leadFor} footer={null} onCancel={() => setLeadFor(undefined)} title={w.leadFromScan}>
        <Form layout="vertical" onFinish={createLead} initialValues={{ type: 'website' }}>
          <Form.Item name="title" label={w.title} rules={[{ required: true }]}>
            <Input data-testid="lead-title" />
          </Form.Item>
          <Form.Item name="name" label={w.subject} rules={[{ required: true }]}>
            <Input data-testid="lead-subject" />
          </Form.Item>
          <Form.Item name="type">
            <Select options={['company', 'agency', 'app', 'website', 'individual', 'other'].map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          <Form.Item name="region">
            <Input placeholder="440300" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="confirm-lead">
            {w.save}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
