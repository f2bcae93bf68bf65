import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireFolderLock, FolderLockedError } from './folder-lock';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-lock-'));
const lockPath = path.join(folder, 'pglite.lock');
const children: ReturnType<typeof spawn>[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  fs.rmSync(lockPath, { force: true });
});

describe('the embedded database folder lock', () => {
  it('refuses a second process while the first is alive', () => {
    const other = spawn('sleep', ['30']);
    children.push(other);
    fs.writeFileSync(lockPath, String(other.pid));
    expect(() => acquireFolderLock(lockPath, folder)).toThrow(FolderLockedError);
    expect(() => acquireFolderLock(lockPath, folder)).toThrow(`pid ${other.pid}`);
  });

  it('takes over a lock left by a process that has died', async () => {
    const other = spawn('true');
    await new Promise((resolve) => other.on('exit', resolve));
    fs.writeFileSync(lockPath, String(other.pid));
    const release = acquireFolderLock(lockPath, folder);
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('holds the lock until released', () => {
    const release = acquireFolderLock(lockPath, folder);
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });
});
