import { reconcile, type AuditEntry, type Write } from './soak-coordinators.ts';

const landed: Write = { by: 'c1', resource: 'targets', marker: 'c1 round 0', status: 200, auditId: 7 };
const refused: Write = { by: 'c2', resource: 'targets', marker: 'c2 round 0', status: 412, auditId: null };
const entries: AuditEntry[] = [
  { id: 7, actor: 'c1', action: 'targets.replace', after: [{ statement: { sv: 'x [c1 round 0]' } }] },
  {
    id: 8,
    actor: 'c2',
    action: 'write.refused',
    after: { version: 'a', body: { targets: [{ statement: { sv: 'x [c2 round 0]' } }] } },
  },
];

describe('the soak’s no-lost-write check', () => {
  it('accepts writes that landed or were refused, each with its audit entry', () => {
    expect(reconcile([landed, refused], entries)).toEqual([]);
  });

  it('finds a landed write whose change is not in the log, and one the log lacks', () => {
    expect(reconcile([landed, refused], [{ ...entries[0]!, after: [] }, entries[1]!])).toEqual([
      'landed write "c1 round 0" (targets) has no audit entry with its change',
    ]);
    expect(reconcile([landed, refused], [entries[1]!])).toEqual([
      'landed write "c1 round 0" (targets) has no audit entry with its change',
      '1 writes landed but the log has 0 entries of theirs',
    ]);
  });

  it('finds a refusal the log did not keep, an entry no write explains, and a write that failed otherwise', () => {
    expect(reconcile([landed, refused], [entries[0]!])).toEqual([
      'refused write "c2 round 0" has no write.refused entry',
      '1 writes were refused but the log has 0 write.refused entries',
    ]);
    expect(reconcile([landed], entries)).toEqual(['0 writes were refused but the log has 1 write.refused entries']);
    expect(reconcile([landed, refused, { ...refused, status: 500 }], entries)).toEqual([
      '1 writes neither landed nor were refused (500)',
    ]);
  });
});
