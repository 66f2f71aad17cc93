import type { CaseReportData, ReportLead } from './case-report-data.js';
import { nameOf, type ReportLang, reportWords, sideOf } from './report-words.js';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : '—');
/** A date cell that does not wrap (escaped). */
const dayCell = (iso: string | null): string => `<span class="nw">${escape(day(iso))}</span>`;
const minute = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

// Print-first: A4 pages, CJK fonts installed with Debian (fonts-wqy-zenhei) first, tables that break across pages.
const STYLE = `
@page{size:A4;margin:18mm 16mm}
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:10.5pt;line-height:1.5;color:#111;margin:0 auto;max-width:60em}
h1{font-size:18pt;margin:0 0 .2em}h2{font-size:13pt;border-bottom:2px solid #1f3a5f;color:#1f3a5f;padding-bottom:.1em;margin:1.4em 0 .5em}
h3{font-size:11pt;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.4em 0 .8em}th,td{border:1px solid #999;padding:.25em .4em;vertical-align:top;text-align:left}
th{background:#eef2f7;font-weight:600}tr{page-break-inside:avoid}
code{font-family:"DejaVu Sans Mono",monospace;font-size:9pt;word-break:break-all}
.meta td:first-child{width:9em;background:#f6f8fa}.muted{color:#555}.tag{display:inline-block;border:1px solid #999;border-radius:3px;padding:0 .3em;margin:0 .2em .2em 0;font-size:9pt}
.sensitive{border-color:#b00;color:#b00}.bad{color:#b00;font-weight:600}.ok{color:#060;font-weight:600}
.nw{white-space:nowrap}
.note{background:#f6f8fa;border-left:4px solid #1f3a5f;padding:.4em .8em;font-size:9.5pt}
`;

function table(head: readonly string[], rows: readonly string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function leadSection(lang: ReportLang, lead: ReportLead, n: number): string {
  const w = reportWords(lang);
  const types = lead.piTypes.length
    ? lead.piTypes
        .map(
          (t) =>
            `<span class="tag${t.class === 'sensitive' ? ' sensitive' : ''}">${escape(lang === 'en' ? t.en : t.zh)} <code>${escape(t.id)}</code>${
              t.class === 'sensitive' ? ` · ${escape(w.sensitive)}` : ''
            }</span>`,
        )
        .join('')
    : escape(w.none);
  const meta = table(
    [w.subject, w.subjectType, w.region, w.source],
    [
      [
        escape(lead.subject.name),
        escape(nameOf(lang, lead.subject.type)),
        escape(lead.subject.region ?? '—'),
        `${escape(nameOf(lang, lead.sourceKind))}${lead.sourceRef ? `<br><code>${escape(lead.sourceRef)}</code>` : ''}`,
      ],
    ],
  );
  const numbers = table(
    [w.people, w.minors, w.scaleBand, w.risk],
    [
      [
        String(lead.peopleAffected),
        String(lead.minors),
        escape(lead.scaleBand ?? '—'),
        `<span class="${lead.riskLevel === 'critical' || lead.riskLevel === 'high' ? 'bad' : ''}">${escape(nameOf(lang, lead.riskLevel))}</span>`,
      ],
    ],
  );
  const tiers = lead.criminalTiers.length
    ? table(
        [w.tier, w.piTypes, w.records, w.level],
        lead.criminalTiers.map((t) => [
          String(t.crimTier),
          t.piTypes.map((p) => `<code>${escape(p)}</code>`).join(' '),
          String(t.records),
          `<span class="${t.level === 'below' ? '' : 'bad'}">${escape(nameOf(lang, t.level))}</span>`,
        ]),
      )
    : `<p class="muted">${escape(w.none)}</p>`;
  const thresholds = lead.thresholdsCrossed.length
    ? `<ul>${lead.thresholdsCrossed.map((t) => `<li>${escape(sideOf(lang, t))}</li>`).join('')}</ul>`
    : `<p class="muted">${escape(w.noThreshold)}</p>`;
  const samples = lead.samples.length
    ? `<h3>${escape(w.samples)} (${lead.samples.length} / ${lead.findingsTotal})</h3>${table(
        [w.piTypes, w.samples, w.location],
        lead.samples.map((s) => [`<code>${escape(s.piType)}</code>`, `<code class="nw">${escape(s.masked)}</code>`, escape(s.location)]),
      )}`
    : '';
  return `<h3>${n}. ${escape(lead.title)}</h3>${meta}<p><b>${escape(w.piTypes)}:</b> ${types}</p>${numbers}
<h3>${escape(w.harm)}</h3><p class="muted">${escape(w.criminalTiers)}</p>${tiers}<p class="muted">${escape(w.thresholds)}</p>${thresholds}${samples}`;
}

/**
 * The case report (案件报告) as one self-contained HTML page: no script, nothing loaded, every text escaped and
 * every value masked (the data is masked when read). Chinese by default; Chromium prints it to PDF.
 */
export function caseReportHtml(data: CaseReportData, lang: ReportLang = 'zh'): string {
  const w = reportWords(lang);
  const c = data.case;
  const meta = `<table class="meta"><tbody>
<tr><td>${escape(w.caseId)}</td><td><code>${escape(c.id)}</code></td></tr>
<tr><td>${escape(w.unit)}</td><td>${escape(c.unitName)}</td></tr>
<tr><td>${escape(w.kind)}</td><td>${escape(nameOf(lang, c.kind))}</td></tr>
<tr><td>${escape(w.status)}</td><td>${escape(nameOf(lang, c.status))}</td></tr>
<tr><td>${escape(w.opened)}</td><td>${escape(day(c.createdAt))}</td></tr>
<tr><td>${escape(w.updated)}</td><td>${escape(day(c.updatedAt))}</td></tr>
<tr><td>${escape(w.people)}</td><td>${data.leads.reduce((n, l) => n + l.peopleAffected, 0)} (${escape(w.minors)} ${data.leads.reduce((n, l) => n + l.minors, 0)})</td></tr>
</tbody></table>`;
  const deadlines = data.deadlines.length
    ? table(
        [w.recommendation, w.date, w.dueAt, w.responded, w.result],
        data.deadlines.map((d) => [
          escape(d.title),
          dayCell(d.issuedAt),
          dayCell(d.dueAt),
          d.respondedAt ? dayCell(d.respondedAt) : `<span class="muted">${escape(w.notResponded)}</span>`,
          d.overdue ? `<span class="bad">${escape(w.overdue)}</span>` : d.respondedAt ? `<span class="ok">${escape(w.onTime)}</span>` : '—',
        ]),
      )
    : `<p class="muted">${escape(w.none)}</p>`;
  const timeline = data.timeline.length
    ? table(
        [w.date, w.eventKind, w.title, w.detail, w.dueAt],
        data.timeline.map((e) => [
          dayCell(e.occurredAt),
          `<span class="nw">${escape(nameOf(lang, e.kind))}</span>`,
          escape(e.kind === 'rectification-check' ? nameOf(lang, e.title) : e.title),
          escape(e.detail),
          e.dueAt ? dayCell(e.dueAt) : '',
        ]),
      )
    : `<p class="muted">${escape(w.none)}</p>`;
  const evidence = data.evidence.length
    ? table(
        [w.evidenceRef, w.description, w.attachedAt, 'SHA-256'],
        data.evidence.map((e) => [escape(e.evidenceRef), escape(e.description), dayCell(e.createdAt), `<code>${escape(e.sha256)}</code>`]),
      )
    : `<p class="muted">${escape(w.none)}</p>`;
  const r = data.rectification;
  const rectification = r
    ? `${table(
        [w.verdict, w.date, `${w.before}: ${w.findings} / ${w.people}`, `${w.after}: ${w.findings} / ${w.people}`],
        [
          [
            `<span class="${r.verdict === 'gone' ? 'ok' : 'bad'}">${escape(nameOf(lang, r.verdict))}</span>`,
            dayCell(r.occurredAt),
            r.before ? `${r.before.findings} / ${r.before.people}` : '—',
            r.after ? `${r.after.findings} / ${r.after.people}` : '—',
          ],
        ],
      )}`
    : `<p class="muted">${escape(w.noRectification)}</p>`;
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${escape(w.docTitle)} · ${escape(c.title)}</title>
<style>${STYLE}</style></head>
<body>
<h1>${escape(c.title)}</h1>
<p class="muted">${escape(w.docTitle)} · ${escape(w.generated)} ${escape(minute(data.generatedAt))} · ${escape(w.generatedBy)} ${escape(data.generatedBy)}</p>
<p class="note">${escape(w.maskedNote)}</p>
<h2>${escape(w.overview)}</h2>${meta}
<h2>${escape(w.leads)}</h2>${data.leads.map((l, i) => leadSection(lang, l, i + 1)).join('\n')}
<h2>${escape(w.deadlines)}</h2>${deadlines}
<h2>${escape(w.timeline)}</h2>${timeline}
<h2>${escape(w.evidence)}</h2>${evidence}
<h2>${escape(w.rectification)}</h2>${rectification}
</body></html>
`;
}
