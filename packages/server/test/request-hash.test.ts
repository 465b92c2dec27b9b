// The pure parts of retries and case numbers, without a database: the request hash an Idempotency-Key is
// bound to, and the task code inside every case number.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { CaseNumberSchema } from '@zwfw/core';
import { caseTaskCode, formatSerial, syntheticTaskCode, TASK_CODE_LENGTH } from '../src/domain/case-number.js';
import { requestHash } from '../src/http/idempotency.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('requestHash', () => {
  it('is the SHA-256 of the body as compact JSON with keys sorted at every depth, so hashes stored by an earlier release still match', () => {
    // The canonical form written out by hand: members in code-point order, no whitespace.
    const canonical = '{"a":1,"b":[3,{"x":null,"y":"两"}],"c":{"B":true,"a":false}}';
    assert.equal(requestHash({ c: { a: false, B: true }, b: [3, { y: '两', x: null }], a: 1 }), sha256(canonical));
    assert.equal(requestHash([1, 'a', [2]]), sha256('[1,"a",[2]]'));
    // Keys arriving in no particular order, including equal prefixes and code points above ASCII.
    assert.equal(requestHash({ d: 4, b: 2, ab: 5, e: 6, a: 1, 甲: 8, c: 3, A: 7 }), sha256('{"A":7,"a":1,"ab":5,"b":2,"c":3,"d":4,"e":6,"甲":8}'));
    assert.equal(requestHash('text'), sha256('"text"'));
  });

  it('treats a member set to undefined as absent, as JSON does, and an absent body as null', () => {
    assert.equal(requestHash({ a: 1, b: undefined }), requestHash({ a: 1 }));
    assert.equal(requestHash(undefined), requestHash(null));
    assert.equal(requestHash([undefined]), requestHash([null]));
  });

  it('tells apart bodies that differ in any value, in array order, or in shape', () => {
    const bodies = [{ a: 1 }, { a: '1' }, { a: 2 }, { b: 1 }, { a: null }, {}, [], [1, 2], [2, 1], [12], { a: [] }, { a: {} }, null, 'a'];
    const hashes = new Set(bodies.map(requestHash));
    assert.equal(hashes.size, bodies.length);
  });
});

describe('case-number task codes', () => {
  it('keeps a national 31-character code, and fits other lengths to 31 (padded with 0, or cut)', () => {
    const national = '11100000MB0143028X4442111000001';
    assert.equal(national.length, TASK_CODE_LENGTH);
    assert.equal(caseTaskCode(national), national);
    assert.equal(caseTaskCode('ABC'), `ABC${'0'.repeat(28)}`);
    assert.equal(caseTaskCode(`${national}12345`), national);
  });

  it('gives a bundle without a catalogued matter a stable 31-character upper-case stand-in that fits a case number', () => {
    const code = syntheticTaskCode('bundle-open-a-shop');
    assert.match(code, /^[0-9A-F]{31}$/);
    assert.equal(syntheticTaskCode('bundle-open-a-shop'), code);
    assert.notEqual(syntheticTaskCode('bundle-other'), code);
    assert.ok(CaseNumberSchema.safeParse(`${code}20250303${formatSerial(1)}`).success);
  });

  it('numbers no serial that is not a whole number', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, -1]) assert.equal(formatSerial(n), undefined, String(n));
  });
});
