import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Timeline } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api-client.js';
import { useWords } from '../i18n.js';
import type { CaseDetail, CaseSummary } from '../types.js';
import { TypicalCaseForm, type TypicalCaseValues } from './typical-case-form.js';
import { ChainCheck } from './evidence-panels.js';

const CASE_STATUSES = ['open', 'recommendation-issued', 'rectifying', 'litigation', 'closed'];
const EVENT_KINDS = ['investigation', 'recommendation', 'reminder', 'response', 'litigation', 'judgment', 'rectification-check', 'note'];

/** The cases the unit sees, and one case with its timeline and evidence. */
export function CasesPage({ caseId, go }: { caseId?: string; go: (path: string) => void }) {
  const w = useWords();
  const [cases, setCases] = useState<CaseSummary[]>([]);
  useEffect(() => {
    void api<{ cases: CaseSummary[] }>('GET', '/api/cases').then((r) => setCases(r.cases));
  }, []);
  if (caseId) return <CaseView id={caseId} go={go} />;
  return (
    <Table
      rowKey="id"
      dataSource={cases}
      onRow={(c) => ({ onClick: () => go(`/cases/${c.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: w.title, dataIndex: 'title' },
        { title: w.caseKind, dataIndex: 'kind' },
        { title: w.status, dataIndex: 'status' },
        { title: w.createdAt, render: (_, c) => c.createdAt.slice(0, 10) },
      ]}
    />
  );
}

/** A rectification check's counts, before → after, without its ids. */
function recheckText(detail: string): string {
  try {
    const d = JSON.parse(detail) as { before: { findings: number; people: number }; after: { findings: number; people: number } | null };
    return `findings ${d.before.findings} → ${d.after?.findings ?? '?'}, people ${d.before.people} → ${d.after?.people ?? '?'}`;
  } catch {
    return detail;
  }
}

function CaseView({ id, go }: { id: string; go: (path: string) => void }) {
  const w = useWords();
  const [c, setC] = useState<CaseDetail>();
  const [promoting, setPromoting] = useState(false);
  const [error, setError] = useState<string>();
  const load = useCallback(() => void api<CaseDetail>('GET', `/api/cases/${id}`).then(setC), [id]);
  useEffect(load, [load]);
  if (!c) return null;
  const act = async (f: () => Promise<unknown>) => {
    try {
      await f();
      setError(undefined);
      load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const promote = (v: TypicalCaseValues) =>
    act(async () => {
      const { title, piTypes, ...rest } = v;
      await api('POST', `/api/cases/${id}/typical-case`, {
        ...rest,
        ...(title ? { title } : {}),
        ...(piTypes && piTypes.length > 0 ? { piTypes } : {}),
      });
      setPromoting(false);
      go('/typical-cases');
    });
  // Downloads are plain links: the session cookie goes with them, and the browser saves what comes back.
  const report = (format: 'html' | 'pdf') => `/api/cases/${id}/report?format=${format}&lang=${w.reportLang}`;
  const addEvent = async (v: { kind: string; title: string; detail?: string; dueAt?: { toISOString(): string } }) => {
    await api('POST', `/api/cases/${id}/events`, {
      kind: v.kind,
      title: v.title,
      detail: v.detail ?? '',
      ...(v.dueAt ? { dueAt: v.dueAt.toISOString() } : {}),
    });
    load();
  };
  const attach = async (v: { evidenceRef: string; sha256: string; description?: string }) => {
    await api('POST', `/api/cases/${id}/evidence`, { ...v, description: v.description ?? '' });
    load();
  };
  const recheck = async () => {
    await api('POST', `/api/cases/${id}/recheck`);
    // The re-scan runs in the background; its verdict joins the timeline when it is done.
    for (let i = 0; i < 30; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const next = await api<CaseDetail>('GET', `/api/cases/${id}`);
      setC(next);
      if (
        next.timeline.filter((e) => e.kind === 'rectification-check').length >
        c.timeline.filter((e) => e.kind === 'rectification-check').length
      )
        break;
    }
  };
  return (
    <>
      <Button onClick={() => go('/cases')}>{w.back}</Button>{' '}
      {c.owned && (
        <Button onClick={() => void recheck()} data-testid="recheck">
          {w.recheck}
        </Button>
      )}
      <Space wrap style={{ marginTop: 16 }}>
        <Button href={report('html')} target="_blank" data-testid="report-html">
          {w.reportHtml}
        </Button>
        <Button href={report('pdf')} data-testid="report-pdf">
          {w.reportPdf}
        </Button>
        <Button href={`/api/cases/${id}/evidence-pack?lang=${w.reportLang}`} data-testid="evidence-pack">
          {w.evidencePack}
        </Button>
        {c.mayRevealCaptures && (
          <Button
            danger
            title={w.evidencePackCapturesHint}
            href={`/api/cases/${id}/evidence-pack?lang=${w.reportLang}&captures=1`}
            data-testid="evidence-pack-captures"
          >
            {w.evidencePackCaptures}
          </Button>
        )}
        {c.owned && (
          <Select
            style={{ width: 220 }}
            value={c.status}
            onChange={(status) => void act(() => api('PATCH', `/api/cases/${id}`, { status }))}
            options={CASE_STATUSES.map((k) => ({ value: k, label: `${w.changeStatus}: ${k}` }))}
            data-testid="case-status-select"
          />
        )}
        {c.owned && (
          <Button disabled={c.status !== 'closed'} title={w.promoteHint} onClick={() => setPromoting(true)} data-testid="promote">
            {w.promote}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" title={error} style={{ marginTop: 12 }} />}
      <TypicalCaseForm
        open={promoting}
        title={w.promote}
        titleRequired={false}
        initial={{ title: c.title, shared: false }}
        onSubmit={promote}
        onClose={() => setPromoting(false)}
      />
      <Descriptions bordered column={3} style={{ marginTop: 16 }} title={c.title}>
        <Descriptions.Item label={w.caseKind}>{c.kind}</Descriptions.Item>
        <Descriptions.Item label={w.status}>
          <span data-testid="case-status">{c.status}</span>
        </Descriptions.Item>
        <Descriptions.Item label={w.leads}>{c.leads.map((l) => `${l.title} (${l.peopleAffected})`).join('；')}</Descriptions.Item>
      </Descriptions>
      <Card title={w.timeline} style={{ marginTop: 16 }}>
        <Timeline
          items={c.timeline.map((e) => ({
            content: (
              <div data-testid="timeline-item">
                <b>{e.title}</b>{' '}
                <small>
                  {e.kind} · {e.occurredAt.slice(0, 10)}
                  {e.dueAt ? ` · ${w.dueAt} ${e.dueAt.slice(0, 10)}` : ''}
                </small>
                {e.detail && <div>{e.kind === 'rectification-check' ? recheckText(e.detail) : e.detail}</div>}
              </div>
            ),
          }))}
        />
        {c.owned && (
          <Form layout="inline" onFinish={addEvent} initialValues={{ kind: 'investigation' }}>
            <Form.Item name="kind" label={w.eventKind}>
              <Select style={{ width: 180 }} options={EVENT_KINDS.map((k) => ({ value: k, label: k }))} />
            </Form.Item>
            <Form.Item name="title" label={w.title} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="dueAt" label={w.dueAt}>
              <DatePicker />
            </Form.Item>
            <Button htmlType="submit">{w.addEvent}</Button>
          </Form>
        )}
      </Card>
      <Card title={w.evidence} style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={c.evidence}
          columns={[
            { title: w.evidenceRef, dataIndex: 'evidenceRef' },
            { title: w.sha256, render: (_, e) => <code>{e.sha256.slice(0, 16)}…</code> },
            { title: w.detail, dataIndex: 'description' },
          ]}
        />
        {c.owned && (
          <Form layout="inline" onFinish={attach} style={{ marginTop: 12 }}>
            <Form.Item name="evidenceRef" label={w.evidenceRef} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="sha256" label={w.sha256} rules={[{ required: true, pattern: /^[0-9a-f]{64}$/ }]}>
              <Input style={{ width: 300 }} />
            </Form.Item>
            <Button htmlType="submit">{w.attach}</Button>
          </Form>
        )}
        <ChainCheck path={`/api/cases/${id}/evidence/verify`} />
      </Card>
    </>
  );
}
