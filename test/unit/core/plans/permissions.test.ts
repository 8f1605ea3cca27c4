import { isOwner, leads, mayApprove, mayPrefill, maySeeOf } from '../../../../src/core/plans/permissions';
import { dir, person } from '../../../helpers/small-office';

const noHead = { agencyHead: '', selfDecision: false };
const head = { agencyHead: 'head@x.vn', selfDecision: false };
const lead = dir.person('lead@x.vn')!;
const a = dir.person('a@x.vn')!;
const o = dir.person('o@x.vn')!;
const f = dir.person('f@x.vn')!;
const chief = person('head@x.vn', 'official', 'VP');

describe('leads', () => {
  it('the units sheet’s leader leads the unit’s people', () => {
    expect(leads(lead, a, dir, head)).toBe(true);
  });
  it('a leader does not lead people outside their units once a head is named', () => {
    expect(leads(lead, o, dir, head)).toBe(false);
  });
  it('the head of the agency leads everyone; until one is named, leaders and admins do', () => {
    expect(leads(chief, o, dir, head)).toBe(true);
    expect(leads(lead, o, dir, noHead)).toBe(true);
  });
  it('nobody leads themselves, a follower leads nobody', () => {
    expect(leads(lead, lead, dir, noHead)).toBe(false);
    expect(leads(f, a, dir, head)).toBe(false);
  });
});

describe('seeing, owning, approving, prefilling', () => {
  it('a person sees their own, an official nobody else’s', () => {
    expect(maySeeOf(a, a, dir, head)).toBe(true);
    expect(maySeeOf(a, o, dir, head)).toBe(false);
    expect(maySeeOf(lead, a, dir, head)).toBe(true);
  });
  it('only the owner owns a plan', () => {
    expect(isOwner(a, 'A@x.vn')).toBe(true);
    expect(isOwner(lead, 'a@x.vn')).toBe(false);
  });
  it('the head approves; until one is named, leaders and admins do', () => {
    expect(mayApprove(chief, head)).toBe(true);
    expect(mayApprove(lead, head)).toBe(false);
    expect(mayApprove(lead, noHead)).toBe(true);
    expect(mayApprove(a, noHead)).toBe(false);
  });
  it('unit leaders and approvers prefill; officials do not', () => {
    expect(mayPrefill(lead, dir, head)).toBe(true);
    expect(mayPrefill(chief, dir, head)).toBe(true);
    expect(mayPrefill(a, dir, head)).toBe(false);
  });
});
