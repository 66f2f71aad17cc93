import { escapeHtml } from './escape-html.js';

/** One bar: its label, its value, and whether it is drawn in the sensitive colour. */
export interface Bar {
  label: string;
  value: number;
  sensitive?: boolean;
}

const ROW = 22;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 320;

/** A horizontal bar chart as inline SVG (no script, no external resource), labels escaped. */
export function svgBars(bars: readonly Bar[], title: string): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 2;
    const w = Math.max(1, Math.round((b.value / max) * BAR_WIDTH));
    const label = b.label.length > 40 ? `${b.label.slice(0, 39)}…` : b.label;
    return (
      `<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${w}" height="${ROW - 6}" class="${b.sensitive ? 'bar-s' : 'bar-g'}"/>` +
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + 15}">${b.value.toLocaleString('en-US')}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${LABEL_WIDTH + BAR_WIDTH + 90}" height="${height}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 90} ${height}">` +
    `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`
  );
}
