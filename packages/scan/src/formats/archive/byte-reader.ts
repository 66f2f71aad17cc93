/** Reads exact byte counts from a chunked stream: what sequential formats (tar) need. */
export class ByteReader {
  private readonly it: AsyncIterator<Uint8Array>;
  private buf: Uint8Array = new Uint8Array(0);
  private done = false;
  /** Bytes handed out or skipped so far. */
  position = 0;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.it = chunks[Symbol.asyncIterator]();
  }

  private async fill(n: number): Promise<void> {
    while (this.buf.length < n && !this.done) {
      const next = await this.it.next();
      if (next.done) this.done = true;
      else this.buf = this.buf.length === 0 ? next.value : concat(this.buf, next.value);
    }
  }

  /** Exactly `n` bytes, or fewer at the end of the stream. */
  async read(n: number): Promise<Uint8Array> {
    await this.fill(n);
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(out.length);
    this.position += out.length;
    return out;
  }

  /** The next `n` bytes as a stream of chunks (fewer at the end of the input). */
  async *take(n: number): AsyncIterable<Uint8Array> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0) {
        if (this.done) return;
        const next = await this.it.next();
        if (next.done) {
          this.done = true;
          return;
        }
        this.buf = next.value;
      }
      const out = this.buf.subarray(0, left);
      this.buf = this.buf.subarray(out.length);
      this.position += out.length;
      left -= out.length;
      yield out;
    }
  }

  /** Skips `n` bytes; returns how many were there. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    for await (const c of this.take(n)) skipped += c.length;
    return skipped;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
