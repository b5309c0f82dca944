import { inflateSync } from 'node:zlib';

/**
 * Just enough PDF reading for a spec to call a file a valid PDF and find its words: the header, the trailer,
 * a cross-reference offset that points at the cross-reference table, and the text of its (Flate) content
 * streams, from literal `( … )` and hex `< … >` strings of the standard fonts.
 */
export const PDFDocumentCheck = {
  isValid(bytes: Buffer): boolean {
    const text = bytes.toString('latin1');
    if (!text.startsWith('%PDF-1.') || !text.trimEnd().endsWith('%%EOF')) return false;
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
    if (!start) return false;
    const offset = Number(start[1]);
    return text.slice(offset, offset + 4) === 'xref' || /^\d+ \d+ obj/.test(text.slice(offset));
  },

  text(bytes: Buffer): string {
    const raw = bytes.toString('latin1');
    const parts: string[] = [];
    const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
    for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
      const body = Buffer.from(m[1], 'latin1');
      let content: string;
      try {
        content = inflateSync(body).toString('latin1');
      } catch {
        content = m[1];
      }
      for (const s of content.matchAll(/\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]+)>/g)) {
        if (s[1] !== undefined) parts.push(s[1].replace(/\\(.)/g, '$1'));
        else parts.push(Buffer.from(s[2].replace(/\s/g, ''), 'hex').toString('latin1'));
      }
    }
    return parts.join('');
  },
};
