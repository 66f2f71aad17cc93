import { isPiType, taxonomyEntry } from '@piguard/core';
import type { ScanSummary } from '../../scan/create-scan.js';
import type { ReporterFactory } from '../reporter.js';
import { escapeHtml as e } from './escape-html.js';
import { ReportCollector } from './report-collector.js';
import { type ReportLang, reportText } from './report-text.js';
import { svgBars } from './svg-bars.js';

const TOP_LOCATIONS = 20;
const CHART_TYPES = 15;

type Text = ReturnType<typeof reportText>;

const STYLE = `body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;color:#1f2328;padding:0 1em}
h1{font-size:1.6em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.8em}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}.s{color:#b42318;font-weight:600}
.cards{display:flex;flex-wrap:wrap;gap:.8em}.card{border:1px solid #d0d7de;border-radius:6px;padding:.5em 1em;min-width:9em}
.card b{display:block;font-size:1.5em}.band{font-size:2em;font-weight:700}.note{color:#57606a}.warn{color:#b42318}
code{font-family:ui-monospace,monospace;word-break:break-all}svg text{font:12px system-ui,sans-serif;fill:#1f2328}
.bar-s{fill:#d1242f}.bar-g{fill:#0969da}`;

function typeName(piType: string, lang: ReportLang): string {
  if (!isPiType(piType)) return piType;
  const t = taxonomyEntry(piType);
  return lang === 'en' ? t.en : t.zh;
}

function bytesText(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

const num = (n: number): string => n.toLocaleString('en-US');
const card = (label: string, value: string, cls = ''): string => `<div class="card"><b class="${cls}">${e(value)}</b>${e(label)}</div>`;
const table = (head: string[], rows: string[][]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
const td = (text: string, cls = ''): string => `<td${cls ? ` class="${cls}"` : ''}>${e(text)}</td>`;

function overview(s: ScanSummary, t: Text): string {
  const cards = [
    card(t.files, num(s.files)),
    card(t.bytes, bytesText(s.bytes)),
    card(t.duration, `${(s.durationMs / 1000).toFixed(1)} s`),
    card(t.findings, num(s.findings)),
    card(t.recordsWithPi, `${num(s.recordsWithPi)} / ${num(s.records)}`),
    card(t.people, num(s.people.distinct)),
    card(t.sensitivePeople, num(s.people.sensitive), s.people.sensitive > 0 ? 's' : ''),
    card(t.minors, num(s.people.minors), s.people.minors > 0 ? 's' : ''),
  ];
  const thresholds =
    s.scale.thresholds.length > 0
      ? `<ul>${s.scale.thresholds.map((x) => `<li class="warn">${e(x)}</li>`).join('')}</ul>`
      : `<p class="note">${e(t.noThresholds)}</p>`;
  const window = s.window ? `<p class="note">${e(t.window)}: ${e(s.window.from)} – ${e(s.window.to)}</p>` : '';
  return (
    `<h2>${e(t.overview)}</h2><div class="cards">${cards.join('')}</div>` +
    `<h2>${e(t.scaleBand)}</h2><p><span class="band">${e(s.scale.band)}</span> <span class="note">(${e(t.baseBand)}: ${e(s.scale.baseBand)})</span></p>` +
    `<h3>${e(t.thresholds)}</h3>${thresholds}${window}`
  );
}

function byClassAndType(s: ScanSummary, t: Text, lang: ReportLang): string {
  const sensitive = s.byType.filter((x) => x.class === 'sensitive').reduce((n, x) => n + x.findings, 0);
  const general = s.byType.filter((x) => x.class !== 'sensitive').reduce((n, x) => n + x.findings, 0);
  const sorted = [...s.byType].sort((a, b) => b.findings - a.findings);
  const classChart = svgBars(
    [
      { label: t.sensitive, value: sensitive, sensitive: true },
      { label: t.general, value: general },
    ],
    t.byClass,
  );
  const typeChart = svgBars(
    sorted.slice(0, CHART_TYPES).map((x) => ({ label: typeName(x.piType, lang), value: x.findings, sensitive: x.class === 'sensitive' })),
    t.byType,
  );
  const rows = sorted.map((x) => [
    `<td>${e(typeName(x.piType, lang))} <code>${e(x.piType)}</code></td>`,
    td(x.class === 'sensitive' ? t.sensitive : t.general, x.class === 'sensitive' ? 's' : ''),
    td(num(x.findings), 'n'),
    td(num(x.exposed), 'n'),
    td(num(x.partiallyMasked), 'n'),
    td(num(x.masked + x.tokenized), 'n'),
  ]);
  return (
    `<h2>${e(t.byClass)}</h2>${classChart}<h2>${e(t.byType)}</h2>${typeChart}` +
    table([t.type, t.class, t.findings, t.exposed, t.partiallyMasked, t.masked], rows)
  );
}

function criminal(s: ScanSummary, t: Text, lang: ReportLang): string {
  if (s.criminalTiers.length === 0) return '';
  const rows = s.criminalTiers.map((c) => [
    td(num(c.crimTier), 'n'),
    td(c.piTypes.map((p) => typeName(p, lang)).join('、')),
    td(num(c.records), 'n'),
    td(t.levels[c.level], c.level === 'below' ? '' : 's'),
  ]);
  const dup = s.duplicateRecords ? `<p class="note">${e(t.duplicates)}: ${num(s.duplicateRecords)}</p>` : '';
  return `<h2>${e(t.criminal)}</h2>${table([t.tier, t.type, t.records, t.level], rows)}${dup}`;
}

/**
 * A self-contained HTML page for people (no script, no external resource; a CSP forbids both): overview,
 * people and scale band, thresholds, criminal tiers, bar charts, top locations, masked samples, issues.
 * Chinese by default (`lang: 'en'` for English). Every text from the scan is escaped.
 */
export const html: ReporterFactory = (out, options = {}) => {
  const lang: ReportLang = options.lang === 'en' ? 'en' : 'zh';
  const t = reportText(lang);
  const reveal = options.reveal === true;
  const collected = new ReportCollector(reveal);
  return {
    finding: (f) => collected.finding(f),
    issue: (i) => collected.issue(i),
    end(summary) {
      const locations = collected
        .topSources(TOP_LOCATIONS)
        .map((x) => [td(x.source), td(num(x.findings), 'n'), td(num(x.sensitive), x.sensitive > 0 ? 'n s' : 'n')]);
      const moreLocations = collected.sources.size - locations.length;
      const samples = [...collected.samples.values()]
        .flat()
        .map((x) => [td(typeName(x.piType, lang)), `<td><code>${e(x.shown)}</code></td>`, td(x.location)]);
      const issues = collected.issues.map((i) => [
        td(t.severity[i.severity === 'error' ? 'error' : 'note'], i.severity === 'error' ? 's' : ''),
        td(i.source),
        td(i.code),
        td(i.message),
      ]);
      const moreIssues = collected.issueCount - collected.issues.length;
      const generated = options.generatedAt ?? new Date();
      out.write(
        `<!DOCTYPE html>\n<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">` +
          `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
          `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(t.title)}</title><style>${STYLE}</style></head><body>\n` +
          `<h1>${e(t.title)}</h1><p class="note">${e(t.generated)}: ${e(generated.toISOString())}${options.version ? ` · piguard ${e(options.version)}` : ''}</p>` +
          `<p class="${reveal ? 'warn' : 'note'}">${e(reveal ? t.privacyRevealed : t.privacy)}</p>\n` +
          overview(summary, t) +
          byClassAndType(summary, t, lang) +
          criminal(summary, t, lang) +
          `<h2>${e(t.topLocations)}</h2>${table([t.location, t.findings, t.sensitive], locations)}` +
          (moreLocations > 0 || collected.otherSourceFindings > 0
            ? `<p class="note">${e(t.moreLocations.replace('{n}', num(Math.max(moreLocations, 0))))}</p>`
            : '') +
          `<h2>${e(reveal ? t.samplesRevealed : t.samples)}</h2>${table([t.type, t.value, t.location], samples)}` +
          `<h2>${e(t.issues)}</h2>` +
          (issues.length > 0 ? table(['', t.location, 'code', ''], issues) : `<p class="note">${e(t.noIssues)}</p>`) +
          (moreIssues > 0 ? `<p class="note">${e(t.moreIssues.replace('{n}', num(moreIssues)))}</p>` : '') +
          '\n</body></html>\n',
      );
    },
  };
};
