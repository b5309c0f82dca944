import PDFDocument from 'pdfkit';
import type { WelcomeLetterFacts } from '../domain/welcome-letter';

/** Renders the welcome letter of an activated order as a PDF (pdfkit's built-in Helvetica, no files read). */
export function renderWelcomeLetter(facts: WelcomeLetterFacts, issuedOn: Date): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: `Welcome letter ${facts.orderNo}`, Author: 'OMS' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(20).text('Welcome letter');
    doc
      .moveDown(0.5)
      .font('Helvetica')
      .fontSize(10)
      .text(`Issued on ${issuedOn.toISOString().slice(0, 10)}`);
    doc.moveDown(1.5).fontSize(12).text(`Dear ${facts.customerName},`);
    doc
      .moveDown()
      .text(
        `thank you for choosing us. Your service ${facts.serviceNo} is live since ${facts.activationDate}. ` +
          'Please keep this letter: it names your service for every call to our helpdesk.',
      );
    doc.moveDown(1.5);
    const rows: [string, string][] = [
      ['Customer', facts.customerName],
      ['Customer code', facts.customerCode],
      ['Service number', facts.serviceNo],
      ['Product', facts.productCode],
      ['Bandwidth', facts.bandwidthLabel ?? '-'],
      ['Activation date', facts.activationDate],
      ['Billing start', facts.billingStartDate],
      ['Order number', facts.orderNo],
    ];
    for (const [label, value] of rows) {
      doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
    }
    doc.moveDown(2).text('Welcome aboard.');
    doc.end();
  });
}
