import nodemailer from 'nodemailer';
import { startHttpReceiver, startSmtpReceiver } from './receivers';

describe('test receivers', () => {
  it('an SMTP receiver keeps what a real SMTP client sends, parsed, with attachments', async () => {
    const smtp = await startSmtpReceiver();
    try {
      const transport = nodemailer.createTransport({ url: smtp.url, ignoreTLS: true } as never);
      await transport.sendMail({
        from: 'oms@oms.test',
        to: 'a@x.test',
        cc: 'b@x.test',
        subject: 'Hello',
        text: 'Body',
        attachments: [
          { filename: 'w.pdf', content: Buffer.from('%PDF-1.4'), contentType: 'application/pdf' },
        ],
      });
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.to('B@x.test')[0]).toMatchObject({
        from: 'oms@oms.test',
        subject: 'Hello',
        text: 'Body',
      });
      expect(smtp.mails[0].attachments[0].content.toString()).toBe('%PDF-1.4');
    } finally {
      await smtp.stop();
    }
  });

  it('an HTTP receiver records requests and answers the queued statuses, then 200', async () => {
    const receiver = await startHttpReceiver();
    try {
      receiver.answerWith(503);
      const first = await fetch(`${receiver.url}/sync`, { method: 'POST', body: '{"a":1}' });
      const second = await fetch(`${receiver.url}/sync`, { method: 'POST', body: '{"a":2}' });
      expect([first.status, second.status]).toEqual([503, 200]);
      expect(receiver.requests.map((r) => [r.method, r.path, r.body])).toEqual([
        ['POST', '/sync', '{"a":1}'],
        ['POST', '/sync', '{"a":2}'],
      ]);
    } finally {
      await receiver.stop();
    }
  });
});
