import { answerRepeat } from './idempotency';

describe('answerRepeat', () => {
  const earlier = { id: 'r-1', address: 'Plot 7' };
  const sameAddress = (address: string) => (row: typeof earlier) => row.address === address;
  const message = (row: typeof earlier) => `key already used for ${row.id}`;

  it('lets a new key through', () => {
    expect(answerRepeat(null, sameAddress('Plot 7'), message)).toBeNull();
  });

  it('answers a true repeat with what the first call created', () => {
    expect(answerRepeat(earlier, sameAddress('Plot 7'), message)).toEqual({ ok: true, value: earlier });
  });

  it('refuses a key reused for something else, on the clientMutationId field', () => {
    expect(answerRepeat(earlier, sameAddress('Plot 8'), message)).toEqual({
      ok: false,
      errors: [
        {
          code: 'IDEMPOTENCY_KEY_REUSED',
          field: ['input', 'clientMutationId'],
          message: 'key already used for r-1',
        },
      ],
    });
  });
});
