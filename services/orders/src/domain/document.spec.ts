import { documentRefusal, hasRequiredDocuments, sniffContentType, type KnownDocumentType } from './document';
import { safeFileName, slotRefusal, type FileSlot } from './file-slot';

const report: KnownDocumentType = {
  id: 't1',
  code: 'INSTALLATION_REPORT',
  name: 'Signed installation report',
  requiredFor: [{ orderType: 'NEW', step: 'INSTALLATION' }],
  allowedContentTypes: ['application/pdf', 'image/jpeg'],
  maxSizeBytes: 1000,
  active: true,
};
const pdf = Buffer.from('%PDF-1.7\n...');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);

describe('documents', () => {
  it('tells the content type from the bytes, not from the name', () => {
    expect(sniffContentType(pdf)).toBe('application/pdf');
    expect(sniffContentType(png)).toBe('image/png');
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from('MZ executable'))).toBeNull();
  });

  it('refuses empty, oversized and not-allowed files', () => {
    expect(documentRefusal(report, pdf)).toBeNull();
    expect(documentRefusal(report, Buffer.alloc(0))?.code).toBe('VALIDATION_FAILED');
    expect(documentRefusal(report, Buffer.concat([pdf, Buffer.alloc(1000)]))?.code).toBe('FILE_TOO_LARGE');
    expect(documentRefusal(report, png)).toEqual({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: 'INSTALLATION_REPORT accepts application/pdf, image/jpeg; the file is image/png',
    });
  });

  it('needs a document of every type masters requires at the step, and at least one such type', () => {
    expect(hasRequiredDocuments([report], new Set(['t1']), 'NEW', 'INSTALLATION')).toBe(true);
    expect(hasRequiredDocuments([report], new Set(), 'NEW', 'INSTALLATION')).toBe(false);
    expect(hasRequiredDocuments([{ ...report, active: false }], new Set(['t1']), 'NEW', 'INSTALLATION')).toBe(
      false,
    );
    expect(hasRequiredDocuments([report], new Set(['t1']), 'NEW', 'ACTIVATION')).toBe(false);
  });

  it('keeps file names without paths or odd characters', () => {
    expect(safeFileName('C:\\\\scans\\\\report "final".pdf')).toBe('report _final_.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('')).toBe('document');
  });

  it('honours a file link only for its purpose, before it expires, and an upload link once', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const slot: FileSlot = {
      tokenHash: 'h',
      kind: 'UPLOAD',
      orderId: 'o1',
      documentTypeId: 't1',
      fileName: 'r.pdf',
      documentId: null,
      createdBy: 'u1',
      createdAt: now,
      expiresAt: new Date('2026-12-07T10:15:00Z'),
      usedAt: null,
    };
    expect(slotRefusal(slot, 'UPLOAD', now)).toBeNull();
    expect(slotRefusal(slot, 'DOWNLOAD', now)).toBe('NOT_FOUND');
    expect(slotRefusal(null, 'UPLOAD', now)).toBe('NOT_FOUND');
    expect(slotRefusal({ ...slot, usedAt: now }, 'UPLOAD', now)).toBe('EXPIRED');
    expect(slotRefusal(slot, 'UPLOAD', new Date('2026-12-07T10:15:00Z'))).toBe('EXPIRED');
  });
});
