import { domainToASCII, domainToUnicode } from 'node:url';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** What the operator allowed (WEBHOOK_ALLOWED_HOSTS, WEBHOOK_ALLOWED_NETWORKS), as the config holds it. */
export interface WebhookTargetRules {
  /** Names, `.suffix` domains and addresses; null for `*` (any host whose addresses are public). */
  hosts: string[] | null;
  /** CIDRs whose non-public addresses webhooks may reach, e.g. `10.20.0.0/24`. */
  networks: string[];
}

/**
 * What a refused delivery records, in place of anything the target answered: the same words for
 * every refused target, so the attempts list cannot be read as a port scan.
 */
export const REFUSED_TARGET_REASON =
  '目标地址不允许 refused: the webhook target is not one webhooks may reach (loopback, private, link-local, metadata or outside WEBHOOK_ALLOWED_HOSTS)';

/**
 * Cloud metadata services (AWS/GCP/Azure, Alibaba Cloud, AWS ECS, AWS IPv6): never reached through an
 * allowed network, only when the address itself is named in WEBHOOK_ALLOWED_HOSTS.
 */
const METADATA = ['169.254.169.254', '100.100.100.200', '169.254.170.2', 'fd00:ec2::254'].map((a) => ipaddr.parse(a));

/** Brackets off an IPv6 literal, as the URL parser leaves them on `hostname`. */
const unbracket = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

/** An address written the one way URLs and resolvers give them (dotted quad, or IPv6), else null. */
function literalAddress(host: string): Address | null {
  const bare = unbracket(host);
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (bare.includes(':') && ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return null;
}

const same = (a: Address, b: Address) => a.kind() === b.kind() && a.toNormalizedString() === b.toNormalizedString();

/**
 * Where webhooks may go. A host must be allowed by name (or `*`), and every address it resolves to
 * must be public unicast, unless the operator named that address or its network: loopback, private,
 * link-local, CGNAT, unique-local, IPv4-mapped, unspecified and metadata addresses are refused by
 * default (ipaddr.js classifies them; anything it does not call `unicast` is refused). A name never
 * vouches for the address it resolves to, so rebinding an allowed name to 127.0.0.1 is refused.
 */
export class WebhookTargetPolicy {
  private readonly names: string[] | null;
  private readonly addresses: Address[];
  private readonly networks: Array<[Address, number]>;

  constructor(rules: WebhookTargetRules) {
    const entries = rules.hosts?.map((h) => h.trim().toLowerCase()).filter(Boolean) ?? null;
    this.names = entries?.filter((e) => !literalAddress(e)) ?? null;
    this.addresses = (entries ?? []).map(literalAddress).filter((a): a is Address => a !== null);
    this.networks = rules.networks.map((cidr) => ipaddr.parseCIDR(cidr));
  }

  /**
   * Why `url` may not be a webhook target, or null when it may (as far as can be told without
   * resolving it: a name's addresses are checked when the connection is made).
   */
  refusal(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return 'is not a valid URL (网址无效)';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must be an http(s) URL';
    if (parsed.username || parsed.password) return 'must not carry a user name or password (网址不得含用户名或密码)';
    if (parsed.port === '0') return 'must not use port 0';
    const host = parsed.hostname.toLowerCase();
    if (!host || !validPunycode(host)) return 'is not a valid URL (网址无效)';
    if (!this.allowsHost(host)) return `host ${host} is not among the hosts webhooks may reach (WEBHOOK_ALLOWED_HOSTS)`;
    const literal = literalAddress(host);
    if (literal && !this.allowsAddress(literal.toString())) {
      return `address ${host} is loopback, private, link-local or metadata, which webhooks may not reach (目标地址不允许)`;
    }
    return null;
  }

  /** The URL's host by name: exact names and `.suffix` domains, or an address named as such. */
  allowsHost(hostname: string): boolean {
    const host = hostname.toLowerCase();
    const literal = literalAddress(host);
    if (literal) return !this.names || this.addresses.some((a) => same(a, literal));
    if (!this.names) return true;
    return this.names.some((entry) => (entry.startsWith('.') ? host.endsWith(entry) : host === entry));
  }

  /** One address a connection would go to (a literal, or what a name resolved to). */
  allowsAddress(address: string): boolean {
    const bare = unbracket(address);
    if (!ipaddr.isValid(bare)) return false;
    const ip = ipaddr.parse(bare);
    if (this.addresses.some((a) => same(a, ip))) return true;
    if (METADATA.some((m) => same(m, ip))) return false;
    if (this.networks.some(([network, bits]) => network.kind() === ip.kind() && ip.match(network, bits))) return true;
    return ip.range() === 'unicast';
  }
}

/**
 * Every `xn--` label must be real punycode that round-trips. Node's URL parser does not agree with
 * itself across versions (Node 20 refuses `http://xn--localhost/`, Node 26 takes it as a name), so the
 * hub decides: a label that does not decode to something else and encode back the same is refused.
 */
function validPunycode(host: string): boolean {
  return host.split('.').every((label) => {
    if (!label.startsWith('xn--')) return true;
    const unicode = domainToUnicode(label);
    return unicode !== '' && unicode !== label && domainToASCII(unicode) === label;
  });
}
