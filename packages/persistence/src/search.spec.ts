import { containsPattern } from './search';

describe('containsPattern', () => {
  it('matches the text anywhere, case-insensitively (lower-cased) and without surrounding blanks', () => {
    expect(containsPattern('  Bengaluru ')).toBe('%bengaluru%');
  });

  it('escapes LIKE wildcards and the escape character itself with !', () => {
    expect(containsPattern('100%')).toBe('%100!%%');
    expect(containsPattern('fibre_plan')).toBe('%fibre!_plan%');
    expect(containsPattern('wow!')).toBe('%wow!!%');
    expect(containsPattern('!%_')).toBe('%!!!%!_%');
  });

  it('leaves other characters alone, including backslashes and quotes', () => {
    expect(containsPattern("O'Brien \\ नमस्ते")).toBe("%o'brien \\ नमस्ते%");
  });

  it('matches everything for blank input', () => {
    expect(containsPattern('   ')).toBe('%%');
  });
});
