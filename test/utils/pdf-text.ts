import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The text of a PDF, one string per page, as a reader's tool extracts it (pdf.js). pdf.js ships as ES
 * modules with `import.meta` and a worker, which Jest's CommonJS module system cannot load, so it runs
 * in a Node process of its own (pdf-text.mjs).
 */
export function pdfText(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, 'pdf-text.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`pdf text extraction failed (exit ${code}): ${Buffer.concat(err).toString()}`));
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as string[]);
    });
    child.stdin.end(pdf);
  });
}
