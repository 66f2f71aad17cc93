/**
 * A message packed for a worker's port: plain data (objects, arrays, strings, numbers, booleans, null,
 * undefined) as one Float64Array of tags and numbers, which is transferred, not copied, plus a table of the
 * distinct strings and one of the distinct object shapes (key lists). Structured clone writes every key and
 * every string of every object: a batch of table cells or of their findings is thousands of small objects
 * of a few shapes with the same few strings (entity, column, source, recogniser), and cloning them both ways
 * cost a fifth of a CSV scan's CPU. Packing keeps values exactly (NaN, -0, undefined-valued keys, key order).
 */
export interface PackedMessage {
  packed: Float64Array;
  strings: string[];
  shapes: string[][];
}

const UNDEFINED = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
const NUMBER = 4;
const STRING = 5;
const ARRAY = 6;
const OBJECT = 7;

/** Thrown for a value packing does not cover (a Date, a typed array, a class instance): send it cloned. */
export class UnpackableValue extends Error {}

// Key lists of the shapes seen so far, by key count: an object's keys are compared with these by identity
// (property names are internalised strings), cheaper than joining them into a map key.
class ShapeTable {
  readonly shapes: string[][] = [];
  private readonly byLength: number[][] = [];

  idOf(keys: string[]): number {
    const candidates = (this.byLength[keys.length] ??= []);
    for (const id of candidates) {
      const known = this.shapes[id] as string[];
      let same = true;
      for (let k = 0; k < keys.length; k++) {
        if (known[k] !== keys[k]) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
    const id = this.shapes.length;
    this.shapes.push(keys);
    candidates.push(id);
    return id;
  }
}

// Packing writes here, grown as needed and kept, and the message gets a copy of what it used (the copy is
// transferred): one allocation a message, not one per doubling.
let scratch = new Float64Array(1 << 16);

/** Packs `value`; throws UnpackableValue for anything but plain data. */
export function packMessage(value: unknown): PackedMessage {
  let packed = scratch;
  let n = 0;
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const shapes = new ShapeTable();

  const put = (x: number): void => {
    if (n === packed.length) {
      const grown = new Float64Array(packed.length * 2);
      grown.set(packed);
      packed = grown;
      scratch = grown;
    }
    packed[n++] = x;
  };
  const walk = (v: unknown): void => {
    switch (typeof v) {
      case 'string': {
        let id = stringIds.get(v);
        if (id === undefined) {
          id = strings.length;
          strings.push(v);
          stringIds.set(v, id);
        }
        put(STRING);
        put(id);
        return;
      }
      case 'number':
        put(NUMBER);
        put(v);
        return;
      case 'boolean':
        put(v ? TRUE : FALSE);
        return;
      case 'undefined':
        put(UNDEFINED);
        return;
      case 'object': {
        if (v === null) {
          put(NULL);
          return;
        }
        if (Array.isArray(v)) {
          put(ARRAY);
          put(v.length);
          for (let i = 0; i < v.length; i++) walk(v[i]);
          return;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) throw new UnpackableValue('not plain data');
        const keys = Object.keys(v);
        put(OBJECT);
        put(shapes.idOf(keys));
        const o = v as Record<string, unknown>;
        for (let i = 0; i < keys.length; i++) walk(o[keys[i] as string]);
        return;
      }
      default:
        throw new UnpackableValue(`cannot pack a ${typeof v}`);
    }
  };
  walk(value);
  return { packed: packed.slice(0, n), strings, shapes: shapes.shapes };
}

type Read = () => unknown;

// Builds an object of one shape from the next values: an object literal with the shape's keys, compiled once
// per shape, makes objects with the same fast layout the analyzer's had; assigning keys one by one from a list
// cost as much as structured clone saves.
const builders = new Map<string, (read: Read) => Record<string, unknown>>();
function builderOf(keys: readonly string[]): (read: Read) => Record<string, unknown> {
  const key = keys.join('\u0000');
  let build = builders.get(key);
  if (!build) {
    const safe = keys.every((k) => k !== '__proto__');
    build = safe
      ? (new Function('read', `return {${keys.map((k) => `${JSON.stringify(k)}: read()`).join(', ')}};`) as (
          read: Read,
        ) => Record<string, unknown>)
      : (read) => {
          const o: Record<string, unknown> = {};
          for (const k of keys) Object.defineProperty(o, k, { value: read(), enumerable: true, writable: true, configurable: true });
          return o;
        };
    builders.set(key, build);
  }
  return build;
}

/** The value `packMessage` packed. */
export function unpackMessage(message: PackedMessage): unknown {
  const { packed, strings } = message;
  const shapes = message.shapes.map(builderOf);
  let i = 0;
  const read = (): unknown => {
    const tag = packed[i++];
    switch (tag) {
      case STRING:
        return strings[packed[i++] as number];
      case NUMBER:
        return packed[i++];
      case OBJECT:
        return (shapes[packed[i++] as number] as (read: Read) => Record<string, unknown>)(read);
      case ARRAY: {
        const length = packed[i++] as number;
        const a: unknown[] = [];
        for (let k = 0; k < length; k++) a.push(read());
        return a;
      }
      case TRUE:
        return true;
      case FALSE:
        return false;
      case NULL:
        return null;
      case UNDEFINED:
        return undefined;
      default:
        throw new Error(`corrupt packed message (tag ${tag} at ${i - 1})`);
    }
  };
  return read();
}

/** True for what `packMessage` made (a message sent as is is an array of fragments or outcomes). */
function isPacked(message: unknown): message is PackedMessage {
  return typeof message === 'object' && message !== null && (message as PackedMessage).packed instanceof Float64Array;
}

/** `value` packed with the buffer to transfer, or as is (to be cloned) when it is not plain data. */
export function packForPort<T>(value: T): [T | PackedMessage, ArrayBuffer[]] {
  try {
    const message = packMessage(value);
    return [message, [message.packed.buffer as ArrayBuffer]];
  } catch (error) {
    if (error instanceof UnpackableValue) return [value, []];
    throw error;
  }
}

/** What `packForPort` sent. */
export function unpackFromPort<T>(message: T | PackedMessage): T {
  return isPacked(message) ? (unpackMessage(message) as T) : (message as T);
}
