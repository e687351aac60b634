// The package's version, from package.json (the bundler inlines it).
import manifest from '../package.json' with { type: 'json' };

export const VERSION: string = manifest.version;
