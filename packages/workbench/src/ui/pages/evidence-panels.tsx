import { Alert, Button, Modal, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api-client.js';
import { useWords, WORDS } from '../i18n.js';
import type { CaseSummary } from '../types.js';

// The evidence panels' own words, in the language the user chose (the shared word list stays small).
const TEXT = {
  zh: {
    captures: '证据采集',
    kind: '类型',
    source: '来源',
    time: '采集时间 (UTC)',
    none: '本次扫描未存入证据',
    attachTo: '附加到案件',
    attach: '附加全部采集',
    attached: '已附加',
    verify: '校验证据链',
    ok: (n: number, c: number) => `证据链完整：${n} 条记录，${c} 个采集文件与其 SHA-256 一致`,
    broken: '证据链校验失败',
    link: { intact: '完整', altered: '已被篡改', missing: '已被删除', 'not-in-chain': '不在证据链中' } as Record<string, string>,
  },
  en: {
    captures: 'Evidence captures',
    kind: 'Kind',
    source: 'Source',
    time: 'Captured (UTC)',
    none: 'This scan stored no evidence',
    attachTo: 'Attach to case',
    attach: 'Attach all captures',
    attached: 'Attached',
    verify: 'Verify the evidence chain',
    ok: (n: number, c: number) => `Chain intact: ${n} entries, ${c} captures match their SHA-256`,
    broken: 'The evidence chain does not verify',
    link: { intact: 'intact', altered: 'altered', missing: 'removed', 'not-in-chain': 'not in the chain' } as Record<string, string>,
  },
};

function useText(): (typeof TEXT)['zh'] {
  return useWords() === WORDS.en ? TEXT.en : TEXT.zh;
}

interface Capture {
  seq: number;
  kind: string;
  source: string;
  sha256: string;
  size: number;
  time: string;
  rows?: number;
}

/** A scan's captures in the evidence chain, and attaching them to one of the unit's cases. */
export function ScanEvidence({ scanId, onClose }: { scanId: string | undefined; onClose: () => void }) {
  const t = useText();
  const [captures, setCaptures] = useState<Capture[]>([]);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [caseId, setCaseId] = useState<string>();
  const [done, setDone] = useState(false);
  useEffect(() => {
    setDone(false);
    if (!scanId) return;
    void api<{ captures: Capture[] }>('GET', `/api/scans/${scanId}/evidence`).then((r) => setCaptures(r.captures));
    void api<{ cases: CaseSummary[] }>('GET', '/api/cases').then((r) => setCases(r.cases.filter((c) => c.owned)));
  }, [scanId]);
  const attach = async () => {
    if (!caseId || !scanId) return;
    await api('POST', `/api/cases/${caseId}/evidence/captures`, { scanId });
    setDone(true);
  };
  return (
    <Modal open={!!scanId} width={900} footer={null} onCancel={onClose} title={t.captures}>
      <Table
        rowKey="seq"
        size="small"
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t.none }}
        dataSource={captures}
        columns={[
          { title: '#', dataIndex: 'seq' },
          { title: t.kind, render: (_, c) => <Tag>{c.kind}</Tag> },
          { title: t.source, render: (_, c) => <span style={{ wordBreak: 'break-all' }}>{c.source}</span> },
          { title: t.time, render: (_, c) => c.time.replace('T', ' ').slice(0, 19) },
          { title: 'SHA-256', render: (_, c) => <code data-testid="capture-sha256">{c.sha256.slice(0, 16)}…</code> },
        ]}
      />
      {captures.length > 0 && (
        <Space style={{ marginTop: 12 }}>
          <Select
            style={{ width: 320 }}
            placeholder={t.attachTo}
            value={caseId}
            onChange={setCaseId}
            options={cases.map((c) => ({ value: c.id, label: c.title }))}
            data-testid="attach-case"
          />
          <Button type="primary" disabled={!caseId || done} onClick={() => void attach()} data-testid="attach-captures">
            {done ? t.attached : t.attach}
          </Button>
        </Space>
      )}
    </Modal>
  );
}

interface Verdict {
  ok: boolean;
  entries: number;
  captures: number;
  problems: { message: string }[];
}

/**
 * A button that verifies an evidence chain through the API: the unit's (`/api/evidence/verify`) or a case's
 * (`/api/cases/:id/evidence/verify`, which also checks each attached capture).
 */
export function ChainCheck({ path }: { path: string }) {
  const t = useText();
  const [result, setResult] = useState<{ ok: boolean; chain: Verdict; links?: { sha256: string; status: string }[] }>();
  const check = async () => {
    const r = await api<Verdict & { chain?: Verdict; links?: { sha256: string; status: string }[] }>('GET', path);
    setResult(r.chain ? { ok: r.ok, chain: r.chain, ...(r.links ? { links: r.links } : {}) } : { ok: r.ok, chain: r });
  };
  const bad = result?.links?.filter((l) => l.status !== 'intact') ?? [];
  return (
    <div style={{ marginTop: 12 }}>
      <Button onClick={() => void check()} data-testid="verify-chain">
        {t.verify}
      </Button>
      {result && (
        <div data-testid="chain-verdict" data-ok={String(result.ok)} style={{ marginTop: 8 }}>
          <Alert
            type={result.ok ? 'success' : 'error'}
            message={result.ok ? t.ok(result.chain.entries, result.chain.captures) : t.broken}
            description={
              result.ok
                ? undefined
                : [
                    ...result.chain.problems.map((p) => p.message),
                    ...bad.map((l) => `${l.sha256.slice(0, 16)}…: ${t.link[l.status] ?? l.status}`),
                  ].join('\n')
            }
          />
        </div>
      )}
    </div>
  );
}
