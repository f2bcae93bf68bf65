import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite } from './cross-site';

const host = 'polku.example.fi';
const writeMethods = fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'post');

describe('refusing cross-site writes', () => {
  it('refuses every state-changing method that a browser marks as cross-site', () => {
    fc.assert(
      fc.property(writeMethods, fc.constantFrom('cross-site', 'same-site'), (method, site) => {
        expect(isCrossSiteWrite({ method, host, origin: undefined, secFetchSite: site })).toBe(
          true,
        );
      }),
    );
  });

  it('refuses a write whose Origin is another host, or the opaque origin "null"', () => {
    fc.assert(
      fc.property(writeMethods, fc.domain(), (method, otherHost) => {
        fc.pre(otherHost !== host);
        expect(
          isCrossSiteWrite({
            method,
            host,
            origin: `https://${otherHost}`,
            secFetchSite: undefined,
          }),
        ).toBe(true);
      }),
    );
    expect(
      isCrossSiteWrite({ method: 'POST', host, origin: 'null', secFetchSite: undefined }),
    ).toBe(true);
  });

  it('lets the site’s own forms through', () => {
    expect(
      isCrossSiteWrite({
        method: 'POST',
        host,
        origin: `https://${host}`,
        secFetchSite: 'same-origin',
      }),
    ).toBe(false);
    // TLS ends at the load balancer: the scheme may differ, the host may not.
    expect(
      isCrossSiteWrite({ method: 'POST', host, origin: `http://${host}`, secFetchSite: undefined }),
    ).toBe(false);
  });

  it('never refuses a read, whatever its headers say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'HEAD', 'get'),
        fc.option(fc.string()),
        fc.option(fc.string()),
        (method, origin, site) => {
          expect(
            isCrossSiteWrite({
              method,
              host,
              origin: origin ?? undefined,
              secFetchSite: site ?? undefined,
            }),
          ).toBe(false);
        },
      ),
    );
  });
});
