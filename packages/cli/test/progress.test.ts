import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';

function fakeTerminal(isTTY: boolean) {
  let written = '';
  const stream = {
    isTTY,
    columns: 120,
    rows: 40,
    write(s: string) {
      written += s;
      return true;
    },
    cursorTo: () => true,
    moveCursor: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

describe('progress display', () => {
  it('writes nothing when the stream is not a terminal', async () => {
    const t = fakeTerminal(false);
    const p = createProgress(t.stream, true);
    p.update({ files: 1, bytes: 10, findings: 0 });
    await new Promise((r) => setTimeout(r, 1300));
    p.stop();
    expect(t.written()).toBe('');
  });

  it('shows bytes, files, findings and ETA on a terminal once a second has passed, not before', async () => {
    const t = fakeTerminal(true);
    const p = createProgress(t.stream, true);
    p.update({ files: 3, bytes: 5 * 1048576, findings: 7, plannedFiles: 10, plannedBytes: 20 * 1048576 });
    await new Promise((r) => setTimeout(r, 500));
    expect(t.written()).toBe('');
    await new Promise((r) => setTimeout(r, 900));
    p.stop();
    expect(t.written()).toMatch(/5\.0\/20\.0 MB \| 3 files \| 7 findings \| ETA/);
  });
});
