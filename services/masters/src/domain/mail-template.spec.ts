import {
  bodyTemplateProblems,
  MAIL_PLACEHOLDERS,
  missingValues,
  parseTemplate,
  renderTemplate,
  subjectTemplateProblems,
  TemplateError,
  templatePlaceholders,
  templateProblems,
} from './mail-template';

describe('parseTemplate', () => {
  it('splits text and placeholders, allowing spaces inside the braces', () => {
    expect(parseTemplate('Request {{requestNo}} for {{ cityName }}.')).toEqual({
      segments: [
        { text: 'Request ' },
        { placeholder: 'requestNo' },
        { text: ' for ' },
        { placeholder: 'cityName' },
        { text: '.' },
      ],
      problems: [],
    });
  });

  it('treats single braces and a stray "}}" as text', () => {
    expect(parseTemplate('a {b} c }} d')).toEqual({ segments: [{ text: 'a {b} c }} d' }], problems: [] });
    expect(parseTemplate('')).toEqual({ segments: [], problems: [] });
  });

  it('reports a "{{" that is never closed', () => {
    expect(parseTemplate('Dear {{bsoName, please').problems).toEqual([
      '"{{" is never closed with "}}" (at "{{bsoName, please")',
    ]);
  });

  it('reports braces around something that is not a name', () => {
    expect(parseTemplate('x {{}} y {{ 1st }} z {{a b}}').problems).toEqual([
      '{{}} is not a placeholder: use {{name}} with a letter first, then letters or digits',
      '{{ 1st }} is not a placeholder: use {{name}} with a letter first, then letters or digits',
      '{{a b}} is not a placeholder: use {{name}} with a letter first, then letters or digits',
    ]);
  });
});

describe('templatePlaceholders / templateProblems', () => {
  it('lists each placeholder once, in order', () => {
    expect(templatePlaceholders('{{bsoName}} {{requestNo}} {{ bsoName }}')).toEqual(['bsoName', 'requestNo']);
  });

  it('accepts every known placeholder', () => {
    const all = MAIL_PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ');
    expect(templateProblems(all)).toEqual([]);
  });

  it('names each unknown placeholder once, after the syntax problems', () => {
    expect(templateProblems('{{customer}} {{customer}} {{ {{requestNo}}')).toEqual([
      '{{ {{requestNo}} is not a placeholder: use {{name}} with a letter first, then letters or digits',
      `unknown placeholder {{customer}}; known: ${MAIL_PLACEHOLDERS.join(', ')}`,
    ]);
  });

  it('checks against the list it is given', () => {
    expect(templateProblems('{{a}} {{b}}', ['a'])).toEqual(['unknown placeholder {{b}}; known: a']);
  });

  it('is case-sensitive: names are spelled as listed', () => {
    expect(templateProblems('{{RequestNo}}')[0]).toMatch(/^unknown placeholder \{\{RequestNo\}\}/);
  });
});

describe('subjectTemplateProblems / bodyTemplateProblems', () => {
  it('accepts a one-line subject of up to 200 characters', () => {
    expect(subjectTemplateProblems('Feasibility {{requestNo}} – {{cityName}}')).toEqual([]);
    expect(subjectTemplateProblems('x'.repeat(200))).toEqual([]);
  });

  it('refuses an empty, long or multi-line subject', () => {
    expect(subjectTemplateProblems('  ')).toEqual(['the subject must not be empty']);
    expect(subjectTemplateProblems('x'.repeat(201))).toEqual([
      'the subject must have at most 200 characters',
    ]);
    expect(subjectTemplateProblems('a\nb')).toEqual(['the subject must be one line']);
    expect(subjectTemplateProblems('a\r\nBcc: x@y.example')).toEqual(['the subject must be one line']);
  });

  it('refuses unknown placeholders in the subject', () => {
    expect(subjectTemplateProblems('{{orderNo}}')).toEqual([
      `unknown placeholder {{orderNo}}; known: ${MAIL_PLACEHOLDERS.join(', ')}`,
    ]);
  });

  it('refuses an empty body and bad placeholders in it, accepts several lines', () => {
    expect(bodyTemplateProblems('Dear {{bsoName}},\n\nPlease check {{address}}.\n')).toEqual([]);
    expect(bodyTemplateProblems(' \n\t ')).toEqual(['the body must not be empty']);
    expect(bodyTemplateProblems('x'.repeat(20_001))).toEqual(['the body must have at most 20000 characters']);
    expect(bodyTemplateProblems('{{nope}}')[0]).toMatch(/^unknown placeholder \{\{nope\}\}/);
  });
});

describe('renderTemplate', () => {
  it('fills placeholders verbatim, escaping nothing', () => {
    expect(
      renderTemplate('Req {{requestNo}} at {{ address }} for {{customerName}}', {
        requestNo: 'FR-2026-000001',
        address: '12 <Main> Rd & Co, "Pune"',
        customerName: '{{bsoName}}',
      }),
    ).toBe('Req FR-2026-000001 at 12 <Main> Rd & Co, "Pune" for {{bsoName}}');
  });

  it('renders the same placeholder every time it appears and a missing value as nothing', () => {
    expect(renderTemplate('{{bsoName}}/{{bsoName}}/{{reference}}.', { bsoName: 'Airlink' })).toBe(
      'Airlink/Airlink/.',
    );
  });

  it('keeps text without placeholders as it is', () => {
    expect(renderTemplate('Hello {there}\n', {})).toBe('Hello {there}\n');
  });

  it('refuses a template that breaks the rules', () => {
    expect(() => renderTemplate('{{unknown}}', {})).toThrow(TemplateError);
    expect(() => renderTemplate('{{requestNo', {})).toThrow(/invalid mail template: "\{\{" is never closed/);
  });
});

describe('missingValues', () => {
  it('lists the placeholders without a value, ignoring inherited names', () => {
    expect(missingValues('{{requestNo}} {{bsoName}} {{expectedBy}}', { requestNo: 'R1' })).toEqual([
      'bsoName',
      'expectedBy',
    ]);
    expect(missingValues('{{toString}}', {})).toEqual(['toString']);
  });
});
