import { describe, expect, it } from 'vitest';
import { nodeSupport } from './node-version.js';

describe('nodeSupport', () => {
  it('accepts the maintained LTS lines from 22.12 on', () => {
    for (const v of ['22.12.0', '22.19.1', '24.9.0', 'v24.0.0', '26.1.0'])
      expect(nodeSupport(v).ok).toBe(true);
  });

  it('refuses older versions, naming the version found and what to install', () => {
    for (const v of ['20.20.2', '22.11.0', '18.0.0', 'v21.7.3']) {
      const r = nodeSupport(v);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toContain(`this is ${v}`);
      expect(!r.ok && r.message).toContain('Node.js 22.12 or newer');
    }
  });
});
