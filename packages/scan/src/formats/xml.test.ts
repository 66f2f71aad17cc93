import { describe, expect, it } from 'vitest';
import { readBytes } from '../../test/read-bytes.js';
import { xml } from './xml.js';

describe('xml reader', () => {
  it('gives element and attribute key paths and one record per child of the root', async () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?>
<people xmlns="urn:x">
  <person phone="13800138000"><name>张三</name><email>zhang@example.com</email></person>
  <person phone="13912345678"><name>李&amp;四</name></person>
</people>`;
    const { fragments, issues } = await readBytes(xml, 'people.xml', doc, { pieceBytes: 9 });
    expect(issues).toEqual([]);
    expect(fragments.map((f) => [f.context, f.text])).toEqual([
      ['/people/person/@phone', '13800138000'],
      ['/people/person/name', '张三'],
      ['/people/person/email', 'zhang@example.com'],
      ['/people/person/@phone', '13912345678'],
      ['/people/person/name', '李&四'],
    ]);
    expect(fragments[0]?.record).toBe(fragments[2]?.record);
    expect(fragments[3]?.record).not.toBe(fragments[0]?.record);
    const name = fragments[1];
    expect(doc.slice(name?.offset, (name?.offset ?? 0) + 2)).toBe('张三');
  });

  it('honours the encoding in the XML declaration', async () => {
    const { default: iconv } = await import('iconv-lite');
    const bytes = iconv.encode('<?xml version="1.0" encoding="GB2312"?><r><n>王五</n></r>', 'gbk');
    const { fragments } = await readBytes(xml, 'x.xml', bytes);
    expect(fragments.map((f) => f.text)).toEqual(['王五']);
  });
});
