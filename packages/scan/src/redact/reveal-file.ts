import { type OperatorKeys, revealText } from '@piguard/core';
import { openTextInput, openTextOutput } from './text-io.js';

/** What `revealFile` did. */
export interface RevealReport {
  input: string;
  output: string;
  revealed: number;
  failed: number;
}

// Tokens are short; a piece ends at the last line end so that no `{{ENTITY:…}}` annotation is cut in two.
const BLOCK = 64 * 1024;

/** Decrypts the surrogate-annotated tokens of any text-based file (text, CSV, JSON), streaming. */
export async function revealFile(input: string, output: string, keys: OperatorKeys): Promise<RevealReport> {
  const source = await openTextInput(input);
  const sink = await openTextOutput(output, source.encoding.encoding, source.bom);
  let revealed = 0;
  let failed = 0;
  let buffer = '';
  const flush = async (text: string) => {
    const r = revealText(text, keys);
    revealed += r.revealed;
    failed += r.failed;
    await sink.write(r.text);
  };
  try {
    for await (const chunk of source.chunks) {
      buffer += chunk;
      if (buffer.length < BLOCK) continue;
      // Cut after the last closed annotation or line end, whichever is later, so that no token is split.
      const cut = Math.max(buffer.lastIndexOf('\n'), buffer.lastIndexOf('}}') + 1);
      if (cut <= 0) continue;
      await flush(buffer.slice(0, cut + 1));
      buffer = buffer.slice(cut + 1);
    }
    if (buffer.length > 0) await flush(buffer);
  } finally {
    await sink.close();
  }
  return { input, output, revealed, failed };
}
