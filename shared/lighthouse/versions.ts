// The Lighthouse and chrome-launcher the action installs at run time. Kept equal to the exact
// devDependencies in package.json (a test checks) so unit tests run what users run.
export const LIGHTHOUSE_VERSION = '13.5.0';
export const CHROME_LAUNCHER_VERSION = '1.2.1';
