import { renderWelcomeLetter } from './welcome-letter-pdf';

describe('renderWelcomeLetter', () => {
  it('renders a complete PDF titled with the order number', async () => {
    const pdf = await renderWelcomeLetter(
      {
        orderNo: 'ORD-2026-000001',
        customerName: 'Acme Ltd',
        customerCode: 'CUST-1',
        serviceNo: 'SVC-1',
        productCode: 'ILL',
        bandwidthLabel: null,
        activationDate: '2026-12-01',
        billingStartDate: '2026-12-02',
      },
      new Date('2026-12-01T09:00:00.000Z'),
    );
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('(Welcome letter ORD-2026-000001)');
  });
});
