// Commands that shipshape runs on the user's behalf (build and start commands of the code under
// test, which on a pull request is the PR's code) must not see the job's credentials.

/** Variables that carry the runner's service credentials or endpoints. */
const RUNNER_SECRETS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
];

/** The environment without INPUT_* values (the action's inputs, token included) and the runner's tokens. */
export function childEnvironment(
  env: NodeJS.ProcessEnv,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith('INPUT_') || RUNNER_SECRETS.includes(key)) continue;
    out[key] = value;
  }
  return { ...out, ...extra };
}
