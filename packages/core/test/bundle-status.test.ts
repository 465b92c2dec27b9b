import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleCaseStatus, type CaseStatus } from '../src/schemas/index.js';

const req = (status: CaseStatus) => ({ status, optional: false });
const opt = (status: CaseStatus) => ({ status, optional: true });

describe('bundleCaseStatus: a bundle parent follows its steps', () => {
  it('waits while nothing started, and shows the furthest stage reached', () => {
    assert.equal(bundleCaseStatus([req('submitted'), req('submitted')]), 'submitted');
    assert.equal(bundleCaseStatus([req('prechecking'), req('submitted')]), 'prechecking');
    assert.equal(bundleCaseStatus([req('accepted'), req('submitted')]), 'accepted');
    assert.equal(bundleCaseStatus([req('concluded_approved'), req('submitted')]), 'processing');
    assert.equal(bundleCaseStatus([req('processing'), req('accepted')]), 'processing');
  });
  it("puts the applicant's to-dos first", () => {
    assert.equal(bundleCaseStatus([req('processing'), req('correction_requested')]), 'correction_requested');
    assert.equal(bundleCaseStatus([req('accepted'), req('precheck_returned')]), 'precheck_returned');
    assert.equal(bundleCaseStatus([req('concluded_approved'), opt('correction_requested'), req('processing')]), 'correction_requested');
  });
  it('pauses only when every open required step is paused', () => {
    assert.equal(bundleCaseStatus([req('special_procedure'), req('concluded_approved')]), 'special_procedure');
    assert.equal(bundleCaseStatus([req('special_procedure'), req('processing')]), 'processing');
  });
  it('is done when every required step is, whatever the optional ones do', () => {
    assert.equal(bundleCaseStatus([req('concluded_approved'), req('delivered'), opt('accepted')]), 'concluded_approved');
    assert.equal(bundleCaseStatus([req('concluded_approved_tolerance'), req('concluded_approved')]), 'concluded_approved_tolerance');
    assert.equal(bundleCaseStatus([req('delivered'), opt('delivered')]), 'delivered');
    assert.equal(bundleCaseStatus([req('delivered'), opt('processing')]), 'concluded_approved', 'delivered only when every step is');
  });
  it('is refused when a required step is refused, not accepted when all are', () => {
    assert.equal(bundleCaseStatus([req('concluded_refused'), req('concluded_approved')]), 'concluded_refused');
    assert.equal(bundleCaseStatus([req('not_accepted'), req('concluded_approved')]), 'concluded_refused');
    assert.equal(bundleCaseStatus([req('not_accepted'), req('not_accepted'), opt('processing')]), 'not_accepted');
    assert.equal(bundleCaseStatus([req('concluded_approved'), opt('concluded_refused')]), 'concluded_approved', 'an optional refusal does not sink the bundle');
  });
  it('drops withdrawn steps; all withdrawn is withdrawn; only optional steps left count as required', () => {
    assert.equal(bundleCaseStatus([req('withdrawn'), req('withdrawn')]), 'withdrawn');
    assert.equal(bundleCaseStatus([req('withdrawn'), req('concluded_approved')]), 'concluded_approved');
    assert.equal(bundleCaseStatus([req('withdrawn'), opt('processing')]), 'processing');
  });
});
