// The text of the PDF on standard input, as pdf.js (pdfjs-dist, its legacy build for Node) extracts
// it: a JSON array with one string per page, a line break where pdf.js sees the end of a line.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
// verbosity 0: errors only, so no warning lands on standard output beside the answer.
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const { items } = await (await pdf.getPage(n)).getTextContent();
  pages.push(items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
}
process.stdout.write(JSON.stringify(pages));
