import type { CaptureEntry, EvidenceEntry, FindingsEntry } from './evidence-entry.js';
import { peopleIn } from './evidence-finding.js';
import type { EvidenceVerdict } from './verify-evidence.js';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A manifest line: a file of the pack and its SHA-256. */
export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

function findingRows(entry: FindingsEntry, captures: Map<string, CaptureEntry>): string {
  const capture = entry.capture ? captures.get(entry.capture) : undefined;
  const byType = new Map<string, { n: number; exposed: number; sensitive: boolean; samples: string[] }>();
  for (const f of entry.findings) {
    const t = byType.get(f.piType) ?? { n: 0, exposed: 0, sensitive: f.class === 'sensitive', samples: [] };
    t.n++;
    if (f.state === 'exposed') t.exposed++;
    if (t.samples.length < 3) t.samples.push(f.masked);
    byType.set(f.piType, t);
  }
  const types = [...byType].map(
    ([type, t]) =>
      `<li><code>${escape(type)}</code> × ${t.n} (${t.exposed} 完整暴露 exposed)${t.sensitive ? ' <b>敏感 sensitive</b>' : ''}: ${t.samples.map((s) => `<code>${escape(s)}</code>`).join(', ')}</li>`,
  );
  return `<tr><td>${escape(entry.source)}</td><td>${escape(capture?.time ?? entry.time)}</td><td>${capture?.status ?? ''}</td><td>${entry.people ?? 0}</td><td><ul>${types.join('')}</ul></td><td><code>${escape(entry.capture ?? '—')}</code></td></tr>`;
}

/**
 * A self-contained HTML report (Chinese and English, no scripts, no external resources) of an evidence
 * directory: what was found where and when, people counted, sensitive classes, masked samples, the
 * integrity check and the SHA-256 of every file in the pack.
 */
export function evidenceReport(
  entries: readonly EvidenceEntry[],
  verdict: EvidenceVerdict,
  files: readonly ManifestFile[],
  createdAt: Date,
): string {
  const captures = new Map<string, CaptureEntry>();
  for (const e of entries) if (e.type === 'capture') captures.set(e.sha256, e);
  const findings = entries.filter((e): e is FindingsEntry => e.type === 'findings');
  // People across sources: the latest look at each source, identity numbers counted once wherever they appear.
  const latest = new Map<string, FindingsEntry>();
  for (const e of findings) latest.set(e.source, e);
  const people = peopleIn([...latest.values()].flatMap((e) => e.findings));
  const sensitive = new Set(findings.flatMap((e) => e.findings.filter((f) => f.class === 'sensitive').map((f) => f.piType)));
  const operators = [...new Set(entries.map((e) => e.operator))];
  const captureRows = [...captures.values()].map(
    (c) =>
      `<tr><td>${c.seq}</td><td>${escape(c.kind)}</td><td>${escape(c.source)}</td><td>${escape(c.method)}${c.rows !== undefined ? `<br>${c.rows} 行 rows` : ''}${c.truncated ? '<br>截断 truncated' : ''}</td><td>${escape(c.time)}</td><td>${c.status ?? ''}</td><td>${c.size}</td><td><code>${c.sha256}</code></td></tr>`,
  );
  const integrity = verdict.ok
    ? `<p class="ok">完整性校验通过：日志 ${verdict.entries} 条记录的哈希链完整，${verdict.captures} 个采集文件与其 SHA-256 一致。<br>Integrity verified: the hash chain of ${verdict.entries} log entries is unbroken and all ${verdict.captures} captures match their SHA-256.</p>`
    : `<p class="bad">完整性校验失败 Integrity check FAILED:</p><ul>${verdict.problems.map((p) => `<li>${escape(p.message)}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>个人信息暴露证据报告 Evidence report</title>
<style>body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #999;padding:.3em;vertical-align:top;font-size:90%}code{word-break:break-all}.ok{color:#060}.bad{color:#b00;font-weight:bold}</style></head>
<body>
<h1>个人信息暴露证据报告<br><small>Personal-information exposure: evidence report</small></h1>
<p>生成时间 Generated: ${escape(createdAt.toISOString())} (UTC). 操作人 Operator: ${operators.map(escape).join(', ')}. 工具 Tool: ${escape(entries[0]?.tool ?? '')}. 时钟 Clock: ${escape(entries[0]?.clock ?? '')}.</p>
<h2>完整性 Integrity</h2>${integrity}
<h2>概要 Summary</h2>
<ul><li>来源 Sources with findings: ${findings.filter((f) => f.findings.length > 0).length}</li>
<li>涉及人数（各来源最近一次采集，按证件号去重）People counted (latest capture of each source, distinct identity numbers): ${people}</li>
<li>敏感个人信息类别 Sensitive classes: ${[...sensitive].map((s) => `<code>${escape(s)}</code>`).join(', ') || '无 none'}</li></ul>
<p>所有样本均已脱敏；原始数据仅存于采集文件中。All samples are masked; raw values exist only in the captured files.</p>
<h2>发现 Findings（何处、何时 where and when）</h2>
<table><tr><th>来源 Source</th><th>采集时间 Captured (UTC)</th><th>HTTP</th><th>人数 People</th><th>类型与脱敏样本 Types and masked samples</th><th>采集文件 SHA-256 of capture</th></tr>
${findings.map((e) => findingRows(e, captures)).join('\n')}</table>
<h2>采集记录 Captures</h2>
<table><tr><th>#</th><th>类型 Kind</th><th>来源 Source</th><th>方法 Method</th><th>时间 Time (UTC)</th><th>HTTP</th><th>字节 Bytes</th><th>SHA-256</th></tr>
${captureRows.join('\n')}</table>
<h2>文件清单 Files in this pack</h2>
<p>可用任何 SHA-256 工具复核（如 <code>sha256sum</code>）。Check with any SHA-256 tool (e.g. <code>sha256sum</code>).</p>
<table><tr><th>路径 Path</th><th>字节 Bytes</th><th>SHA-256</th></tr>
${files.map((f) => `<tr><td>${escape(f.path)}</td><td>${f.size}</td><td><code>${f.sha256}</code></td></tr>`).join('\n')}</table>
</body></html>
`;
}
