import { textQuery, tokenOf } from './service-clients';

describe('what the gateway passes on to a service', () => {
  it('takes the token out of a Bearer header, and nothing out of anything else', () => {
    expect(tokenOf('Bearer abc.def')).toBe('abc.def');
    expect(tokenOf(undefined)).toBe('');
    expect(tokenOf('Basic abc')).toBe('');
  });

  it('sends a query as text: numbers and booleans written out, lists comma-separated, objects dropped', () => {
    expect(textQuery({ year: 2027, draft: false, ids: ['a', 'b'], name: '기수', nested: { a: 1 }, mixed: ['a', { b: 1 }], none: undefined })).toEqual({ year: '2027', draft: 'false', ids: 'a,b', name: '기수' });
    expect(textQuery(undefined)).toEqual({});
  });
});
