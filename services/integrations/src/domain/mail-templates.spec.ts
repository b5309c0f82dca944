import {
  MAIL_TEMPLATES,
  escapeHtml,
  renderHtml,
  renderMail,
  renderText,
  templateKey,
} from './mail-templates';
import type { QueueMail } from '../application/queue-mail';
import { mailHandlers } from '../events/mail.consumers';
import type { MailRepository } from '../persistence/mail.repository';

describe('template rendering', () => {
  it('fills placeholders, tolerating spaces, and renders missing, null and non-scalar values empty', () => {
    expect(
      renderText('A {{a}} B {{ b }} C {{c}} D {{d}} E {{n}}', { a: 'x', b: 2, c: null, d: ['y'], n: 0 }),
    ).toBe('A x B 2 C  D  E 0');
  });

  it('escapes values and the template text in HTML, so a value cannot inject markup', () => {
    const html = renderHtml('Dear {{name}} & co\nline 2', { name: '<script>alert("x")</script>' });
    expect(html).toContain('Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co<br>\nline 2');
    expect(html).not.toContain('<script>');
  });

  it('escapes every HTML-special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps a subject on one line, whatever the values hold', () => {
    const mail = renderMail({ subject: 'Order {{no}}', body: 'x' }, { no: 'A\r\nBcc: evil@x' });
    expect(mail.subject).toBe('Order A Bcc: evil@x');
  });

  it('cuts an overlong subject to 255 characters', () => {
    expect(renderMail({ subject: '{{s}}', body: '' }, { s: 'x'.repeat(300) }).subject).toHaveLength(255);
  });

  it('renders the state-specific order template and falls back to the generic one', () => {
    expect(templateKey('order.state_changed', 'APPROVED')).toBe('order.state_changed/APPROVED');
    expect(templateKey('order.state_changed', 'SOMETHING_NEW')).toBe('order.state_changed');
    expect(templateKey('approval_level.opened')).toBe('approval_level.opened');
    const live = renderMail(MAIL_TEMPLATES['order.state_changed/LIVE'], {
      orderNo: 'ORD-1',
      customerName: 'Acme',
    });
    expect(live.subject).toBe('Order ORD-1: is live');
    expect(live.text).toContain('Order ORD-1 (');
    const other = renderMail(MAIL_TEMPLATES[templateKey('order.state_changed', 'HOLD')], {
      orderNo: 'ORD-1',
      toState: 'HOLD',
    });
    expect(other.subject).toBe('Order ORD-1: moved to HOLD');
  });

  it('has a template for every event integrations mails', () => {
    const mailed = Object.keys(mailHandlers({} as QueueMail, {} as MailRepository)).filter(
      (type) => type !== 'bso_mail_setting.saved',
    );
    expect(mailed).toEqual(
      expect.arrayContaining([
        'feasibility_request.answered',
        'feasibility_request.reminded',
        'feasibility_request.withdrawn',
      ]),
    );
    for (const type of [...mailed, 'order.activated']) expect(MAIL_TEMPLATES[type]).toBeDefined();
  });
});
