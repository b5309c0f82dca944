import {
  CONTENT_TYPE_PATTERN,
  distinctRequirements,
  distinctValues,
  MAX_DOCUMENT_SIZE_BYTES,
  normalizeContentType,
} from './document-types';

describe('CONTENT_TYPE_PATTERN', () => {
  it('accepts MIME types of the registered top-level types', () => {
    for (const type of [
      'application/pdf',
      'image/jpeg',
      'image/png',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/svg+xml',
    ]) {
      expect(CONTENT_TYPE_PATTERN.test(type)).toBe(true);
    }
  });

  it('refuses wildcards, parameters, unknown top-level types and anything that is not type/subtype', () => {
    for (const type of [
      'pdf',
      'image/*',
      '*/*',
      'text/plain; charset=utf-8',
      'foo/bar',
      'application/',
      '/pdf',
      'application/pdf/x',
      'Application/PDF',
      ' image/png',
      `application/${'x'.repeat(128)}`,
    ]) {
      expect(CONTENT_TYPE_PATTERN.test(type)).toBe(false);
    }
  });
});

describe('normalizeContentType', () => {
  it('lower-cases and trims, so that a typed-in type can be checked', () => {
    expect(normalizeContentType('  Application/PDF ')).toBe('application/pdf');
  });
});

describe('distinctValues', () => {
  it('drops repeats, keeping first-seen order', () => {
    expect(distinctValues(['image/png', 'application/pdf', 'image/png'])).toEqual([
      'image/png',
      'application/pdf',
    ]);
  });
});

describe('distinctRequirements', () => {
  it('drops repeated pairs and puts them in process order', () => {
    expect(
      distinctRequirements([
        { orderType: 'UPGRADE', step: 'ACTIVATION' },
        { orderType: 'NEW', step: 'INSTALLATION' },
        { orderType: 'UPGRADE', step: 'ORDER_ENTRY' },
        { orderType: 'NEW', step: 'LEAD' },
        { orderType: 'NEW', step: 'INSTALLATION' },
      ]),
    ).toEqual([
      { orderType: 'NEW', step: 'LEAD' },
      { orderType: 'NEW', step: 'INSTALLATION' },
      { orderType: 'UPGRADE', step: 'ORDER_ENTRY' },
      { orderType: 'UPGRADE', step: 'ACTIVATION' },
    ]);
    expect(distinctRequirements([])).toEqual([]);
  });
});

describe('MAX_DOCUMENT_SIZE_BYTES', () => {
  it('is 50 MiB', () => {
    expect(MAX_DOCUMENT_SIZE_BYTES).toBe(52_428_800);
  });
});
