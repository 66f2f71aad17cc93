import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test/build-zip.js';
import { readBytes } from '../../test/read-bytes.js';
import { pptx } from './pptx.js';

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const shape = (...paras: string[]): string =>
  `<p:sp><p:txBody>${paras.map((t) => `<a:p><a:r><a:t>${t}</a:t></a:r></a:p>`).join('')}</p:txBody></p:sp>`;
const slide = (...shapes: string[]): string => `<p:sld ${NS}><p:cSld><p:spTree>${shapes.join('')}</p:spTree></p:cSld></p:sld>`;

describe('pptx reader', () => {
  it('gives each slide one fragment with its number as page, in natural order, then the notes', async () => {
    const deck = buildZip([
      { name: 'ppt/slides/slide10.xml', data: slide(shape('第十页')) },
      { name: 'ppt/slides/slide2.xml', data: slide(shape('联系人 李四', '电话 13912345678'), shape('second box')) },
      { name: 'ppt/slides/slide1.xml', data: slide(shape('标题')) },
      { name: 'ppt/notesSlides/notesSlide2.xml', data: slide(shape('备注 wang@example.com')) },
    ]);
    const { fragments, issues } = await readBytes(pptx, 'deck.pptx', deck);
    expect(issues).toEqual([]);
    expect(fragments.map((f) => [f.cell?.page, f.text])).toEqual([
      [1, '标题'],
      [2, '联系人 李四\n电话 13912345678\n\nsecond box'],
      [10, '第十页'],
      [2, '备注 wang@example.com'],
    ]);
    expect(fragments[3]?.cell?.keyPath).toBe('notes');
  });

  it('reports a damaged deck', async () => {
    const { fragments, issues } = await readBytes(pptx, 'x.pptx', Buffer.from('not a zip'));
    expect(fragments).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
  });
});
