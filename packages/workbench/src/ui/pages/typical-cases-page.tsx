import { Button, Descriptions, Input, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api-client.js';
import { useWords } from '../i18n.js';
import type { TypicalCase } from '../types.js';
import { TypicalCaseForm, type TypicalCaseValues } from './typical-case-form.js';

/** The library of typical cases (典型案例): search, read, write up, edit the unit's own. */
export function TypicalCasesPage() {
  const w = useWords();
  const [rows, setRows] = useState<TypicalCase[]>([]);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<TypicalCase | 'new'>();
  const [error, setError] = useState<string>();
  const load = useCallback(
    (query: string) =>
      void api<{ typicalCases: TypicalCase[] }>('GET', `/api/typical-cases${query ? `?q=${encodeURIComponent(query)}` : ''}`).then((r) =>
        setRows(r.typicalCases),
      ),
    [],
  );
  useEffect(() => load(''), [load]);
  const save = async (v: TypicalCaseValues) => {
    try {
      if (editing === 'new') await api('POST', '/api/typical-cases', v);
      else if (editing) await api('PATCH', `/api/typical-cases/${editing.id}`, v);
      setEditing(undefined);
      setError(undefined);
      load(q);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={w.search}
          allowClear
          style={{ width: 360 }}
          onSearch={(v) => {
            setQ(v);
            load(v);
          }}
          data-testid="typical-search"
        />
        <Button type="primary" onClick={() => setEditing('new')} data-testid="new-typical">
          {w.newTypicalCase}
        </Button>
        {error && <span style={{ color: '#b00' }}>{error}</span>}
      </Space>
      <Table
        rowKey="id"
        dataSource={rows}
        expandable={{
          expandedRowRender: (t) => (
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={w.summary}>{t.summary}</Descriptions.Item>
              <Descriptions.Item label={w.legalBasis}>{t.legalBasis}</Descriptions.Item>
              <Descriptions.Item label={w.outcome}>{t.outcome}</Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          { title: w.title, dataIndex: 'title', render: (v: string) => <span data-testid="typical-row">{v}</span> },
          { title: w.piTypes, render: (_, t) => t.piTypes.map((p) => <Tag key={p}>{p}</Tag>) },
          { title: w.outcome, dataIndex: 'outcome' },
          { title: '', render: (_, t) => (t.shared ? <Tag color="blue">{w.shared}</Tag> : <Tag>{w.own}</Tag>) },
          { title: w.createdAt, render: (_, t) => t.createdAt.slice(0, 10) },
          {
            title: '',
            render: (_, t) =>
              t.owned && (
                <Button size="small" onClick={() => setEditing(t)}>
                  {w.edit}
                </Button>
              ),
          },
        ]}
      />
      <TypicalCaseForm
        open={editing !== undefined}
        title={editing === 'new' ? w.newTypicalCase : w.edit}
        titleRequired
        {...(editing && editing !== 'new' ? { initial: editing } : {})}
        onSubmit={save}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}
