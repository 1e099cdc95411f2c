import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { CliError } from './cli-error';

/**
 * Where a push stands, kept next to the file so that a run that was interrupted (Ctrl-C, a crash, a
 * reboot) resumes without sending again what the hub acknowledged. Rows past `rowsDone` may have
 * reached the hub before the interruption: they are sent again, which the hub answers UNCHANGED
 * (publishing is idempotent on the publisher's sourceId), so nothing is duplicated.
 */
export interface PushState {
  version: 1;
  /** The file pushed, as found at the first run: a changed file is not resumed. */
  file: string;
  size: number;
  mtimeMs: number;
  category: string;
  /** Data rows (after the header) whose batch the hub acknowledged, and whose errors are reported. */
  rowsDone: number;
  /** Of those, the rows that were not blank: the progress shown on resume. */
  dataRowsDone?: number;
  pushed: number;
  rejected: number;
  /** The error report and its length when `rowsDone` was recorded: anything after is cut on resume. */
  errorReport: string;
  errorReportBytes: number;
  completed: boolean;
  updatedAt: string;
}

export async function readPushState(path: string): Promise<PushState | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const state = JSON.parse(text) as PushState;
    if (state.version !== 1 || !Number.isInteger(state.rowsDone)) throw new Error('not a push state of this version');
    return state;
  } catch (error) {
    throw new CliError(
      `状态文件无法读取 state file ${path} is unreadable (${error instanceof Error ? error.message : String(error)}): 加 --restart 从头推送 pass --restart to start over`,
    );
  }
}

/** Replaces the state atomically (a temporary file renamed over it), so an interruption leaves the old or the new one. */
export async function writePushState(path: string, state: PushState): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(JSON.stringify({ ...state, updatedAt: new Date().toISOString() }, null, 2));
    await handle.sync(); // on disk before the rename, or a power cut could leave an empty state
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
