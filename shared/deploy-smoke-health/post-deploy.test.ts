import { describe, expect, it } from 'vitest';
import { inputsFrom } from '../runtime/inputs.js';
import { hostAllowed, readAllowedHosts, trustDeployment } from './post-deploy.js';

describe('trustDeployment', () => {
  const rules = (o: Partial<Parameters<typeof trustDeployment>[1]> = {}) => ({
    environments: [],
    allowedHosts: [],
    urlUsed: true,
    ...o,
  });
  const claim = { environment: 'preview', url: 'https://pr-12.preview.example.com/' };

  it('trusts a named environment', () => {
    expect(trustDeployment(claim, rules({ environments: ['preview'] }))).toEqual({ trusted: true });
  });
  it('refuses an environment the workflow does not name', () => {
    const t = trustDeployment(claim, rules({ environments: ['production', ''] }));
    expect(t).toMatchObject({ trusted: false, reason: expect.stringMatching(/'preview'.*production/) });
  });
  it('refuses everything when nothing is named and no host is allowed', () => {
    expect(trustDeployment(claim, rules())).toMatchObject({ trusted: false });
  });
  it('trusts an allowed host when no environment is named, and only that host', () => {
    expect(trustDeployment(claim, rules({ allowedHosts: ['*.preview.example.com'] }))).toEqual({
      trusted: true,
    });
    expect(
      trustDeployment(
        { ...claim, url: 'https://evil.example/' },
        rules({ allowedHosts: ['*.preview.example.com'] }),
      ),
    ).toMatchObject({ trusted: false });
    expect(trustDeployment({ environment: 'x' }, rules({ allowedHosts: ['a.example'] }))).toMatchObject({
      trusted: false,
    });
  });
  it('with both, a named environment must also come with an allowed URL when the URL is requested', () => {
    const both = rules({ environments: ['preview'], allowedHosts: ['shop.example.com'] });
    expect(trustDeployment(claim, both)).toMatchObject({ trusted: false });
    expect(trustDeployment(claim, { ...both, urlUsed: false })).toEqual({ trusted: true });
  });
});

describe('allowed-hosts', () => {
  it('matches exact hosts and subdomain wildcards, not the wildcard parent or look-alikes', () => {
    const allowed = readAllowedHosts(
      inputsFrom({ 'allowed-hosts': 'Shop.Example.com\n*.preview.example.com' }),
      'allowed-hosts',
    );
    expect(allowed).toEqual(['shop.example.com', '*.preview.example.com']);
    expect(hostAllowed('https://shop.example.com:8443/x', allowed)).toBe(true);
    expect(hostAllowed('https://a.b.preview.example.com/', allowed)).toBe(true);
    expect(hostAllowed('https://preview.example.com/', allowed)).toBe(false);
    expect(hostAllowed('https://evilpreview.example.com/', allowed)).toBe(false);
    expect(hostAllowed('https://shop.example.com.evil.example/', allowed)).toBe(false);
    expect(hostAllowed('not a url', allowed)).toBe(false);
  });
  it('rejects URLs and paths, naming the input', () => {
    expect(() =>
      readAllowedHosts(inputsFrom({ 'allowed-hosts': 'https://x.example/' }), 'allowed-hosts'),
    ).toThrow(/input 'allowed-hosts'/);
  });
});
