import { describe, expect, it } from 'vitest';
import { validateDocument } from '../src/schema/validate.js';

describe('validating a list whose every entry is invalid', () => {
  const count = 5000;
  // a key misspelt throughout a generated file: each entry has an unknown key and lacks `provider`
  const document = {
    phoneNumbers: Array.from({ length: count }, (_, index) => ({
      provder: 'byo-phone-number',
      number: `+1415555${String(index).padStart(4, '0')}`,
      credentialId: '2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23',
    })),
  };

  it('reports each entry once per problem, in order', () => {
    const findings = validateDocument(document);
    expect(findings.map(({ messageId, path }) => `${messageId} ${path.join('/')}`)).toEqual(
      Array.from({ length: count }, (_, index) => [
        `required phoneNumbers/${index}`,
        `unknown-property phoneNumbers/${index}/provder`,
      ]).flat(),
    );
  });

  it('copies the errors so far a bounded number of times, not once per entry', () => {
    // the work is counted as the elements that concat copies, that push appends and that spreads
    // and loops read: joining each entry's errors to all those before it, in any of these ways,
    // handled about count × count of them
    const { concat, push } = Array.prototype;
    const iterate = Array.prototype[Symbol.iterator];
    let handled = 0;
    Array.prototype.concat = function (this: unknown[], ...items: unknown[]) {
      const joined = concat.apply(this, items) as unknown[];
      handled += joined.length;
      return joined;
    };
    Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
      handled += items.length;
      return push.apply(this, items);
    };
    Array.prototype[Symbol.iterator] = function (this: unknown[]) {
      handled += this.length;
      return iterate.call(this);
    };
    try {
      validateDocument(document);
    } finally {
      Array.prototype.concat = concat;
      Array.prototype.push = push;
      Array.prototype[Symbol.iterator] = iterate;
    }
    expect(handled).toBeGreaterThan(2 * count);
    expect(handled).toBeLessThan(50 * count);
  });
});
