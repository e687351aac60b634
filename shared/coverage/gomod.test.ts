import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapGoImportPath, readModulePath } from './gomod.js';

describe('readModulePath', () => {
  it('reads the fixture module, ignoring its trailing comment', () => {
    const goMod = readFileSync(
      join(import.meta.dirname, '../../test/fixtures/coverage/go/src/go.mod'),
      'utf8',
    );
    expect(readModulePath(goMod)).toBe('example.com/shop/api');
  });

  it('handles comments, quotes, the block form and CRLF', () => {
    expect(readModulePath('// module fake.org/x\nmodule  github.com/a/b\r\n\ngo 1.22\n')).toBe(
      'github.com/a/b',
    );
    expect(readModulePath('module "github.com/a/quoted" // q\n')).toBe('github.com/a/quoted');
    expect(readModulePath('module `github.com/a/raw`\n')).toBe('github.com/a/raw');
    expect(readModulePath('module (\n  // c\n  github.com/a/block\n)\n')).toBe('github.com/a/block');
    expect(readModulePath('\uFEFFmodule x.org/y//tail\n')).toBe('x.org/y');
  });

  it('returns undefined when there is no module directive', () => {
    expect(readModulePath('go 1.21\nrequire x.org/y v1.0.0\n')).toBeUndefined();
    expect(readModulePath('modulex foo\n')).toBeUndefined();
    expect(readModulePath('module\n')).toBeUndefined();
    expect(readModulePath('module ""\n')).toBeUndefined();
    expect(readModulePath('')).toBeUndefined();
  });
});

describe('mapGoImportPath', () => {
  const modules = [
    { modulePath: 'example.com/shop', dir: '' },
    { modulePath: 'example.com/shop/api', dir: 'services/api/' },
    { modulePath: 'example.com/tools', dir: './tools' },
  ];

  it('uses the longest matching module path', () => {
    expect(mapGoImportPath('example.com/shop/api/cart/cart.go', modules)).toBe('services/api/cart/cart.go');
    expect(mapGoImportPath('example.com/shop/web/page.go', modules)).toBe('web/page.go');
    expect(mapGoImportPath('example.com/tools/gen.go', modules)).toBe('tools/gen.go');
  });

  it('matches whole path segments only and leaves foreign paths alone', () => {
    expect(mapGoImportPath('example.com/shopping/x.go', modules)).toBe('example.com/shopping/x.go');
    expect(mapGoImportPath('golang.org/x/y.go', modules)).toBe('golang.org/x/y.go');
    expect(mapGoImportPath('example.com/shop/api', modules)).toBe('services/api');
    expect(mapGoImportPath('a/b.go', [])).toBe('a/b.go');
  });
});
