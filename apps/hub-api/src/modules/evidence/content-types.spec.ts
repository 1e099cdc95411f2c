import { contentTypeAllowed } from './content-types';

describe('contentTypeAllowed', () => {
  const list = ['image/*', 'application/pdf'];
  it('accepts listed types and wildcard families, nothing else', () => {
    expect(contentTypeAllowed('image/jpeg', list)).toBe(true);
    expect(contentTypeAllowed('IMAGE/PNG', list)).toBe(true);
    expect(contentTypeAllowed('application/pdf', list)).toBe(true);
    expect(contentTypeAllowed('application/pdfx', list)).toBe(false);
    expect(contentTypeAllowed('application/x-msdownload', list)).toBe(false);
    expect(contentTypeAllowed('imagex/png', list)).toBe(false);
  });
});
