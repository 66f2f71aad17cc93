/** A string or number found in a JSON stream, with its key path and the record (object) it belongs to. */
export interface JsonScalar {
  /** `$.orders[3].buyer.phone`; a key that looks like data is reported with its own path. */
  path: string;
  value: string;
  /** Offset of the value's text (inside the quotes for strings) in the decoded source. */
  offset: number;
  line: number;
  /** Key path of the record: the outermost object inside an array, else the top-level value. */
  record: string;
  /** 1-based number of the top-level value (a JSONL line holds one). */
  root: number;
  isKey: boolean;
}

/** Where a JSON stream stopped being JSON. */
export interface JsonSyntaxError {
  error: string;
  offset: number;
  line: number;
}

interface Frame {
  kind: 'object' | 'array';
  path: string;
  index: number;
  key: string | undefined;
  record: string;
  /** Whether `record` was set by an object inside an array (nested objects then stay in it). */
  fixed: boolean;
  /** In an object: expecting a key next (after `{` or `,`). */
  wantKey: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 10_000;
const MAX_STRING_CHARS = 256 * 1024 * 1024;
const SIMPLE_KEY = /^[A-Za-z_$][\w$]*$/;

function childPath(parent: Frame | undefined, rootPath: string): string {
  if (!parent) return rootPath;
  if (parent.kind === 'array') return `${parent.path}[${parent.index}]`;
  const k = parent.key ?? '';
  return SIMPLE_KEY.test(k) ? `${parent.path}.${k}` : `${parent.path}[${JSON.stringify(k)}]`;
}

/**
 * Streams the strings and numbers of one or more JSON values (a JSON file, JSON Lines, concatenated
 * JSON) without building them: memory grows with nesting depth and the longest string, not the file.
 * Ends with a `JsonSyntaxError` where the input stops being JSON.
 */
export async function* jsonScalars(pieces: AsyncIterable<string>): AsyncIterable<JsonScalar | JsonSyntaxError> {
  let buf = '';
  let base = 0; // offset of buf[0] in the source
  let line = 1;
  let root = 0;
  const stack: Frame[] = [];
  let ended = false;
  let resume = 0;
  let held: string[] = [];
  let heldChars = 0;

  const fail = (i: number, why: string): JsonSyntaxError => ({ error: why, offset: base + i, line });
  let rootPath = '$';
  const valueContext = (): { path: string; record: string } => {
    const top = stack[stack.length - 1];
    const path = childPath(top, rootPath);
    return { path, record: top ? top.record : path };
  };
  const afterValue = (): void => {
    const top = stack[stack.length - 1];
    if (top) top.index++;
  };

  const iterator = pieces[Symbol.asyncIterator]();
  for (;;) {
    if (!ended) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
      } else if (resume > 0) {
        // Inside a long string: gather pieces and rescan only once one holds a quote.
        held.push(next.value);
        heldChars += next.value.length;
        if (heldChars > MAX_STRING_CHARS) return yield fail(0, `a string longer than ${MAX_STRING_CHARS} characters`);
        if (!next.value.includes('"')) continue;
      } else {
        buf += next.value;
      }
    }
    if (held.length > 0) {
      buf += held.join('');
      held = [];
      heldChars = 0;
    }
    let i = 0;
    const n = buf.length;
    let stop = false;
    while (i < n && !stop) {
      const c = buf.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xfeff) {
        i++;
        continue;
      }
      if (c === 0x0a) {
        line++;
        i++;
        continue;
      }
      const top = stack[stack.length - 1];
      if (c === 0x2c /* , */ || c === 0x3a /* : */) {
        if (!top) return yield fail(i, `unexpected '${buf[i]}'`);
        if (c === 0x2c && top.kind === 'object') top.wantKey = true;
        i++;
        continue;
      }
      if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        if (!top || (c === 0x7d) !== (top.kind === 'object')) return yield fail(i, `unexpected '${buf[i]}'`);
        stack.pop();
        afterValue();
        i++;
        continue;
      }
      if (!top) {
        root++;
        rootPath = root === 1 ? '$' : `$${root}`;
      }
      if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        if (stack.length >= MAX_DEPTH) return yield fail(i, `nested deeper than ${MAX_DEPTH} levels`);
        const { path, record } = valueContext();
        const opensRecord = c === 0x7b && top?.kind === 'array' && !top.fixed;
        stack.push({
          kind: c === 0x7b ? 'object' : 'array',
          path,
          index: 0,
          key: undefined,
          record: opensRecord ? path : record,
          fixed: opensRecord || (top?.fixed ?? false),
          wantKey: c === 0x7b,
        });
        i++;
        continue;
      }
      if (c === 0x22 /* " */) {
        // A long string spread over many pieces is searched once, not again from its start per piece.
        let j = i === 0 && resume > 0 ? resume : i + 1;
        resume = 0;
        let end = -1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q < 0) break;
          let bs = 0;
          for (let k = q - 1; k > i && buf.charCodeAt(k) === 0x5c; k--) bs++;
          if (bs % 2 === 0) {
            end = q;
            break;
          }
          j = q + 1;
        }
        if (end < 0) {
          if (ended) return yield fail(i, 'unterminated string');
          resume = Math.max(1, n - i - 1);
          stop = true;
          break;
        }
        let value = buf.slice(i + 1, end);
        if (value.includes('\\')) {
          try {
            value = JSON.parse(buf.slice(i, end + 1)) as string;
          } catch {
            return yield fail(i, 'bad string escape');
          }
        }
        if (top?.kind === 'object' && top.wantKey) {
          top.key = value;
          top.wantKey = false;
          if (/\d{6}|@/.test(value)) {
            const { path, record } = valueContext();
            yield { path, value, offset: base + i + 1, line, record, root, isKey: true };
          }
        } else {
          const { path, record } = valueContext();
          yield { path, value, offset: base + i + 1, line, record, root, isKey: false };
          afterValue();
        }
        i = end + 1;
        continue;
      }
      if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(buf);
        if (!m) return yield fail(i, 'bad number');
        if (i + m[0].length === n && !ended) {
          stop = true;
          break;
        }
        const { path, record } = valueContext();
        yield { path, value: m[0], offset: base + i, line, record, root, isKey: false };
        afterValue();
        i += m[0].length;
        continue;
      }
      const literal = buf.startsWith('true', i) ? 4 : buf.startsWith('null', i) ? 4 : buf.startsWith('false', i) ? 5 : 0;
      if (literal > 0) {
        afterValue();
        i += literal;
        continue;
      }
      if (n - i < 5 && !ended) {
        stop = true;
        break;
      }
      return yield fail(i, `unexpected '${buf[i]}'`);
    }
    buf = buf.slice(i);
    base += i;
    if (ended) {
      if (stack.length > 0) yield fail(buf.length, 'truncated: the input ends inside a value');
      return;
    }
  }
}
