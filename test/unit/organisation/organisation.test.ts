import { describe, expect, it } from 'vitest';
import { checkOrganisation, type Organisation } from '#shared/organisation/organisation.ts';

const org = (id: string, name: string, parent?: string, active = true): Organisation => ({ id, kind: 'office', name, ...(parent ? { parent } : {}), contact: {}, active, version: 1 });
const bureau: Organisation = { ...org('bureau', '上高县司法局'), kind: 'bureau' };
const others = [bureau, org('office-aoyang', '敖阳司法所', 'bureau'), org('centre-east', '东片中心司法所', 'bureau'), org('office-old', '旧司法所', 'bureau', false)];

describe('an organisation among the others of its bureau', () => {
  it('may be added with a unique name under an active parent', () => {
    expect(checkOrganisation({ id: 'office-xinjie', name: '新街司法所', parent: 'bureau' }, others)).toBeUndefined();
  });

  it('may keep its own name when it changes', () => {
    expect(checkOrganisation({ id: 'office-aoyang', name: '敖阳司法所', parent: 'centre-east' }, others)).toBeUndefined();
  });

  it('may not take the name of another organisation', () => {
    expect(checkOrganisation({ id: 'office-xinjie', name: '敖阳司法所' }, others)).toMatchObject({ field: 'name' });
  });

  it('needs a parent that exists in the bureau and is active', () => {
    expect(checkOrganisation({ id: 'office-xinjie', name: '新街司法所', parent: 'no-such' }, others)).toMatchObject({ field: 'parent', message: expect.stringContaining('no organisation') });
    expect(checkOrganisation({ id: 'office-xinjie', name: '新街司法所', parent: 'office-old' }, others)).toMatchObject({ field: 'parent', message: expect.stringContaining('deactivated') });
  });

  it('cannot belong to itself, directly or through its children', () => {
    expect(checkOrganisation({ id: 'centre-east', name: '东片中心司法所', parent: 'centre-east' }, others)).toMatchObject({ field: 'parent' });
    const chain = [...others.filter((o) => o.id !== 'office-aoyang'), org('office-aoyang', '敖阳司法所', 'centre-east')];
    expect(checkOrganisation({ id: 'centre-east', name: '东片中心司法所', parent: 'office-aoyang' }, chain)).toMatchObject({ field: 'parent', message: expect.stringContaining('cycle') });
  });
});
