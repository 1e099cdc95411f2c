import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where a consumer keeps the position it has processed up to, so a restart resumes there. */
export interface Checkpoint {
  load(): Promise<string | null>;
  save(position: string): Promise<void>;
}

/** A checkpoint in a small JSON file, replaced atomically (write then rename) so a crash never leaves half a file. */
export class FileCheckpoint implements Checkpoint {
  constructor(private readonly path: string) {}

  async load(): Promise<string | null> {
    try {
      const { position } = JSON.parse(await readFile(this.path, 'utf8')) as { position?: unknown };
      return typeof position === 'string' && /^\d+$/.test(position) ? position : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async save(position: string): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ position, savedAt: new Date().toISOString() }));
    await rename(temporary, this.path);
  }
}
