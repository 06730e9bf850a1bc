import { SimulatedIdentityProvider } from './simulated-identity-provider';

describe('SimulatedIdentityProvider', () => {
  const provider = new SimulatedIdentityProvider('spec-identity-secret-of-32-characters!!');
  const at = new Date('2027-01-04T01:00:00Z');
  const person = { nameKo: ' 홍길동 ', birthDate: '1995-05-05', phone: '010-1234-5678' };

  it('confirms a name and real birth date with a mobile number, and reads its reference back', async () => {
    const confirmation = await provider.confirm('user-1', person, at);
    expect(confirmation).toMatchObject({ applicantId: 'user-1', nameKo: '홍길동', birthDate: '1995-05-05', verifiedAt: at });
    expect(await provider.lookup(confirmation!.reference)).toEqual(confirmation);
  });

  it('does not confirm a landline, an impossible or future birth date', async () => {
    expect(await provider.confirm('user-1', { ...person, phone: '02-123-4567' }, at)).toBeNull();
    expect(await provider.confirm('user-1', { ...person, birthDate: '1995-02-30' }, at)).toBeNull();
    expect(await provider.confirm('user-1', { ...person, birthDate: '2030-01-01' }, at)).toBeNull();
  });

  it('refuses a reference it did not sign, or one signed with another secret', async () => {
    const { reference } = (await provider.confirm('user-1', person, at))!;
    const [prefix, , mac] = reference.split('.');
    const altered = `${prefix}.${Buffer.from(JSON.stringify({ a: 'user-2', n: '김철수', b: '1990-01-01', p: '010', t: at.toISOString() })).toString('base64url')}.${mac}`;
    expect(await provider.lookup(altered)).toBeNull();
    expect(await new SimulatedIdentityProvider('another-secret-of-at-least-32-characters').lookup(reference)).toBeNull();
    expect(await provider.lookup('nonsense')).toBeNull();
  });
});
