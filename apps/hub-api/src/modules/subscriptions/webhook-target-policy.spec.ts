import { WebhookTargetPolicy } from './webhook-target-policy';

describe('WebhookTargetPolicy', () => {
  const defaults = new WebhookTargetPolicy({ hosts: null, networks: [] });

  it.each([
    '127.0.0.1',
    '127.9.9.9',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.100.100.200',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:8.8.8.8',
    '[::1]',
    'not-an-address',
  ])('refuses %s by default', (address) => {
    expect(defaults.allowsAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '116.62.1.1', '2400:3200::1'])('allows the public address %s', (address) => {
    expect(defaults.allowsAddress(address)).toBe(true);
  });

  it('allows a non-public address named as an address or inside an allowed network, but metadata only by name', () => {
    const policy = new WebhookTargetPolicy({
      hosts: ['127.0.0.1', '.jinjiang.gov.cn', '[fd12::5]'],
      networks: ['10.20.0.0/24', '169.254.0.0/16'],
    });
    expect(policy.allowsAddress('127.0.0.1')).toBe(true);
    expect(policy.allowsAddress('127.0.0.2')).toBe(false);
    expect(policy.allowsAddress('fd12::5')).toBe(true);
    expect(policy.allowsAddress('10.20.0.9')).toBe(true);
    expect(policy.allowsAddress('10.20.1.9')).toBe(false);
    expect(policy.allowsAddress('169.254.1.1')).toBe(true);
    expect(policy.allowsAddress('169.254.169.254')).toBe(false);
    expect(new WebhookTargetPolicy({ hosts: ['169.254.169.254'], networks: [] }).allowsAddress('169.254.169.254')).toBe(true);
  });

  it('matches hosts by exact name, .suffix and address', () => {
    const policy = new WebhookTargetPolicy({ hosts: ['hooks.example.cn', '.jinjiang.gov.cn', '127.0.0.1'], networks: [] });
    expect(policy.allowsHost('hooks.example.cn')).toBe(true);
    expect(policy.allowsHost('a.jinjiang.gov.cn')).toBe(true);
    expect(policy.allowsHost('jinjiang.gov.cn.evil.cn')).toBe(false);
    expect(policy.allowsHost('127.0.0.1')).toBe(true);
    expect(policy.allowsHost('127.0.0.2')).toBe(false);
    expect(defaults.allowsHost('anything.example')).toBe(true);
  });

  it.each([
    ['http://xn--localhost/x', /not a valid URL/],
    ['http://xn--zz/', /not a valid URL/],
    ['http://a:65536/', /not a valid URL/],
    ['http://a:0/', /port 0/],
    ['ftp://example.cn/', /http\(s\)/],
    ['javascript:alert(1)', /http\(s\)/],
    ['http://user:pw@example.cn/', /user name or password/],
    ['http://127.0.0.1:5432/', /loopback, private/],
    ['http://2130706433/', /loopback, private/],
    ['http://0177.0.0.1/', /loopback, private/],
    ['http://0x7f.1/', /loopback, private/],
    ['http://[::1]:3000/metrics', /loopback, private/],
    ['http://[::ffff:127.0.0.1]/', /loopback, private/],
    ['http://169.254.169.254/latest/meta-data/', /loopback, private/],
    ['http://[fd00:ec2::254]/', /loopback, private/],
    ['http://0.0.0.0:3000/', /loopback, private/],
  ])('refuses %s when it is saved', (url, reason) => {
    expect(defaults.refusal(url)).toMatch(reason);
  });

  it('takes real punycode names, whichever Node parses the URL', () => {
    expect(defaults.refusal('https://xn--fiqs8s.cn/in')).toBeNull();
    expect(defaults.refusal('https://hooks.xn--fiqs8s.xn--fiqs8s/in')).toBeNull();
  });

  it('leaves names to the connection (their addresses are checked there) and allows public targets', () => {
    expect(defaults.refusal('https://hooks.example.cn/in')).toBeNull();
    expect(defaults.refusal('http://localhost:3000/')).toBeNull();
    expect(defaults.refusal('http://8.8.8.8/')).toBeNull();
    expect(new WebhookTargetPolicy({ hosts: ['.jinjiang.gov.cn'], networks: [] }).refusal('https://hooks.example.cn/in')).toMatch(
      /not among the hosts/,
    );
  });
});
