import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileTransport } from './mail-transport';

describe('fileTransport (embedded mode, no SMTP server)', () => {
  it('writes each mail, attachments included, as <id>.eml and answers its Message-ID', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oms-mail-'));
    try {
      const transport = fileTransport(join(dir, 'mail'));
      const messageId = await transport.send({
        id: 'mail-1',
        from: { email: 'no-reply@oms.example', name: 'OMS' },
        to: [{ email: 'it@acme.example', name: null }],
        cc: [],
        subject: 'Welcome',
        text: 'Hello',
        html: '<p>Hello</p>',
        attachments: [
          { filename: 'letter.pdf', content: Buffer.from('%PDF-1.3'), contentType: 'application/pdf' },
        ],
      });
      const eml = await readFile(join(dir, 'mail', 'mail-1.eml'), 'utf8');
      expect(messageId).toBe('<mail-1@oms.integrations>');
      expect(eml).toContain('Subject: Welcome');
      expect(eml).toContain('To: it@acme.example');
      expect(eml).toContain('filename=letter.pdf');
      transport.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
