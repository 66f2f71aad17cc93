import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mod11_2CheckChar } from '@piguard/core';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** One response of the test site. */
export interface TestResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Never answer (timeouts). */
  hang?: boolean;
}

/** A request the site saw: path and headers (to check User-Agent, that no form was submitted...). */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/** The local test site: a server on 127.0.0.1 with a random port and the requests it received. */
export interface TestSite {
  origin: string;
  port: number;
  requests: SeenRequest[];
  routes: Map<string, TestResponse | ((n: number) => TestResponse)>;
  close(): Promise<void>;
}

/** A valid 18-digit resident ID: region, birth date and sequence given, check character computed. */
export function residentId(region: string, birth: string, sequence: string): string {
  const body = `${region}${birth}${sequence}`;
  return `${body}${mod11_2CheckChar(body)}`;
}

/** Starts a server on 127.0.0.1 (random port) serving `routes`; unknown paths answer 404. */
export async function startTestSite(routes: Map<string, TestResponse | ((n: number) => TestResponse)> = new Map()): Promise<TestSite> {
  const requests: SeenRequest[] = [];
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    const route = routes.get(path);
    const answer = typeof route === 'function' ? route(n) : route;
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (answer.hang) return;
    res.writeHead(answer.status ?? 200, answer.headers ?? {}).end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const html = (body: string, head = '<meta charset="utf-8">'): string =>
  `<!doctype html><html><head>${head}<title>公示</title></head><body>${body}</body></html>`;

/** The ID on the Big5 page, next to a traditional-character label. */
export const BIG5_ID = residentId('110105', '19750815', '234');

/** The generated IDs of the disclosure list: three exposed, two masked. */
export const EXPOSED_IDS = [
  residentId('110101', '19900307', '123'),
  residentId('320102', '19850612', '456'),
  residentId('440305', '20010101', '789'),
];
export const MASKED_IDS = ['110101********1234', '3201**********456X'];

/** The generated site: a disclosure list, GBK and Big5 pages, an xlsx attachment, robots.txt, a redirect. */
export async function generatedRoutes(redirectTarget: string): Promise<Map<string, TestResponse>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('投资人');
  sheet.addRow(['姓名', '身份证号码', '金额']);
  sheet.addRow(['王小明', residentId('510104', '19791224', '311'), 10000]);
  sheet.addRow(['李红', residentId('330106', '19660410', '022'), 25000]);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  const rows = [
    ...EXPOSED_IDS.map((id, i) => `<tr><td>${['张伟', '王芳', '刘洋'][i]}</td><td>${id}</td></tr>`),
    ...MASKED_IDS.map((id, i) => `<tr><td>${['陈静', '杨磊'][i]}</td><td>${id}</td></tr>`),
  ].join('');
  return new Map<string, TestResponse>([
    [
      '/',
      {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: html(
          `<nav><a href="/list.html">名单</a> <a href="/gbk.html">GBK</a> <a href="/big5.html">Big5</a></nav>
           <p>首页 <a href="/private/secret.html">内部</a> <a href="http://example.invalid/">外站</a>
           <a href="/files/investors.xlsx">投资人名单</a> <a href="/go-private">跳转</a></p>
           <form action="/submit" method="post"><input name="q"><button>提交</button></form>`,
        ),
      },
    ],
    [
      '/list.html',
      {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: html(
          `<nav class="nav">首页 | 新闻</nav><h1>保障性住房申请人公示</h1>
           <table><tr><th>姓名</th><th>身份证号码</th></tr>${rows}</table>
           <div style="display:none">澳门博彩 官方下载 注册送彩金</div>
           <script>var tracker = "should-not-appear";</script><style>.x{color:red}</style>`,
        ),
      },
    ],
    [
      '/gbk.html',
      {
        headers: { 'content-type': 'text/html' },
        body: iconv.encode(
          html(
            `<p>员工通讯录 身份证号：${residentId('110105', '19750815', '234')}</p>`,
            '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
          ),
          'gbk',
        ),
      },
    ],
    [
      '/big5.html',
      {
        headers: { 'content-type': 'text/html' },
        body: iconv.encode(
          html(
            `<p>個人資料保護法 陳大文的身分證字號與電話號碼已經洩漏，請各位民眾注意個人資料的安全。</p><p>陳大文 身分證字號：${BIG5_ID}</p>`,
            '',
          ),
          'big5',
        ),
      },
    ],
    [
      '/files/investors.xlsx',
      { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, body: xlsx },
    ],
    ['/robots.txt', { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private\n' }],
    ['/private/secret.html', { headers: { 'content-type': 'text/html' }, body: html('<p>secret</p>') }],
    ['/go-private', { status: 302, headers: { location: redirectTarget } }],
  ]);
}
