import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanIssue } from '../scan-issue.js';
import { compileExcludes } from './exclude-filter.js';
import { type FileTreeOptions, fileTreeSource } from './file-tree-source.js';

let root: string;

async function scan(target: string, options: FileTreeOptions = {}) {
  const issues: ScanIssue[] = [];
  const texts = new Map<string, string>();
  let planned: [number, number] | undefined;
  let bytes = 0;
  const source = fileTreeSource(target, options);
  for await (const f of source.fragments({
    issue: (i) => issues.push(i),
    planned: (files, b) => {
      planned = [files, b];
    },
    bytes: (n) => {
      bytes += n;
    },
  })) {
    texts.set(f.source.slice(root.length + 1), (texts.get(f.source) ?? '') + f.text);
  }
  return { issues, texts, planned, bytes };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'piguard-tree-'));
  await mkdir(join(root, 'a/b'), { recursive: true });
  await mkdir(join(root, 'logs'));
  await mkdir(join(root, '.git'));
  await writeFile(join(root, 'top.txt'), 'top');
  await writeFile(join(root, 'a/one.txt'), 'one');
  await writeFile(join(root, 'a/b/two.txt'), 'two');
  await writeFile(join(root, 'a/b/skip.tmp'), 'tmp');
  await writeFile(join(root, 'a/.gitignore'), '*.tmp\n');
  await writeFile(join(root, 'logs/app.log'), 'log');
  await writeFile(join(root, '.git/config'), 'git');
  await writeFile(join(root, 'blob.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 9]));
  await symlink(root, join(root, 'a/b/loop'));
  await symlink(join(root, 'nowhere'), join(root, 'dangling'));
  await symlink(join(root, 'top.txt'), join(root, 'z-link.txt'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('fileTreeSource', () => {
  it('walks a folder recursively in sorted order, honouring .gitignore and skipping .git', async () => {
    const { texts, planned } = await scan(root);
    // .gitignore files are content too; z-link.txt points at top.txt, which is read once.
    expect([...texts.keys()]).toEqual(['a/.gitignore', 'a/b/two.txt', 'a/one.txt', 'logs/app.log', 'top.txt']);
    expect(planned?.[0]).toBe(6); // blob.bin is read too, and skipped by the text reader
  });

  it('reads a file reached through two names once, and reports loops and dangling links as notes', async () => {
    const { issues } = await scan(root);
    const notes = issues.map((i) => [i.source.slice(root.length + 1), i.code, i.severity, i.message]);
    expect(notes).toContainEqual(['a/b/loop', 'E_SOURCE_UNREADABLE', 'note', 'symbolic link loop or folder already scanned']);
    expect(notes).toContainEqual(['dangling', 'E_SOURCE_UNREADABLE', 'note', 'broken symbolic link']);
    expect(notes).toContainEqual(['blob.bin', 'E_BINARY_SKIPPED', 'note', 'binary file (NUL bytes)']);
    expect(issues.every((i) => i.severity === 'note')).toBe(true);
  });

  it('leaves out --exclude globs by name and by path', async () => {
    const byName = await scan(root, { exclude: compileExcludes(['*.log', 'b']) });
    expect([...byName.texts.keys()]).toEqual(['a/.gitignore', 'a/one.txt', 'top.txt']);
    const byPath = await scan(root, { exclude: compileExcludes(['a/b/**', 'logs/']) });
    expect([...byPath.texts.keys()]).toEqual(['a/.gitignore', 'a/one.txt', 'top.txt']);
  });

  it('can ignore .gitignore files', async () => {
    const { texts } = await scan(join(root, 'a'), { gitignore: false });
    expect(texts.has('a/b/skip.tmp')).toBe(true);
  });

  it('reads a single file and counts its bytes', async () => {
    const { texts, bytes, planned } = await scan(join(root, 'top.txt'));
    expect(texts.get('top.txt')).toBe('top');
    expect(bytes).toBe(3);
    expect(planned).toEqual([1, 3]);
  });

  it('reports a missing path as an error and yields nothing', async () => {
    const { issues, texts } = await scan(join(root, 'missing'));
    expect(texts.size).toBe(0);
    expect(issues).toEqual([expect.objectContaining({ code: 'E_NOT_FOUND', severity: 'error' })]);
  });
});
