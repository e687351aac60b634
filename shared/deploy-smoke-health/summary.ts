// The job summary: what was checked, in which environment, with what result. Every string that
// came from a config, a server or a URL goes through the Markdown helpers.
import { code, details, escapeText, link, pct, table } from '../report/markdown.js';
import { sparkline } from '../report/trend.js';
import type { SmokeReport } from './report.js';

const ICON = { up: '✅ up', degraded: '🟠 degraded', down: '🔴 down' } as const;

function ms(v: number | undefined): string {
  return v === undefined ? '' : `${Math.round(v)} ms`;
}

export function renderSummary(r: SmokeReport): string {
  const out: string[] = [];
  const envs = r.environments.join(', ') || 'none';
  const title =
    r.mode === 'post-deploy'
      ? 'Post-deploy smoke check'
      : r.mode === 'watch'
        ? 'Uptime watch'
        : 'Uptime check';
  out.push(`## ${title}: ${ICON[r.state]}`);
  out.push('');
  const meta = [`Environment: **${escapeText(envs)}**`];
  if (r.sha) meta.push(`commit ${code(r.sha.slice(0, 12))}`);
  if (r.deployment?.url) meta.push(`deployment ${code(r.deployment.url)}`);
  out.push(`${meta.join(' · ')}`);
  if (r.watcher) {
    const w = r.watcher;
    out.push('');
    out.push(
      `Watched for ${Math.round(w.durationMs / 60_000)} min: ${w.rounds} rounds every ${Math.round(w.intervalMs / 1000)} s` +
        (w.firstCheckAt && w.lastCheckAt
          ? `, first check ${escapeText(w.firstCheckAt)}, last ${escapeText(w.lastCheckAt)}`
          : '') +
        (w.stoppedBy === 'signal' ? ' (stopped when the job was cancelled)' : '') +
        '. Time to detect an outage is about one interval times the checks needed to confirm.',
    );
  }
  if (r.lateness) {
    const l = r.lateness;
    out.push('');
    out.push(
      `Scheduled run started **${Math.round(l.seconds / 60)} min ${l.seconds % 60} s late** (cron ${code(l.cron)}, slot ${escapeText(l.slot)}). ` +
        `Time to detect an outage is at most the interval${l.intervalMinutes ? ` (${l.intervalMinutes} min)` : ''} plus this lateness, times the runs needed to confirm.`,
    );
  }
  out.push('');
  const rows = r.checks.map((c) => {
    const cert = c.certificate
      ? `${c.certificate.daysLeft} d${c.certificate.hostValid ? '' : ' (wrong host)'}`
      : '';
    const result = c.failure
      ? `${ICON[c.health]}: ${code(c.failure.class)} ${escapeText(c.failure.message)}`
      : ICON[c.health];
    const version = c.version
      ? c.version.confirmed
        ? `✅ ${code(c.version.found ?? '')}`
        : `❌ ${c.version.found ? code(c.version.found) : 'none'}`
      : '';
    const row = [
      escapeText(c.environment),
      `${escapeText(c.name)}<br>${code(c.url)}`,
      result,
      c.status !== undefined ? String(c.status) : '',
      ms(c.latencyMs),
      cert,
      String(c.warmup?.attempts ?? c.attempts),
    ];
    if (r.mode === 'post-deploy') row.push(version);
    else {
      const u = c.uptime;
      row.push(
        u ? `${pct(u.d1)} / ${pct(u.d7)} / ${pct(u.d30)}` : '',
        u && u.recentMs.length > 1 ? sparkline(u.recentMs) : '',
      );
      row.push(
        c.incident ? escapeText(c.incident.state + (c.incident.issue ? ` #${c.incident.issue}` : '')) : '',
      );
    }
    return row;
  });
  const headers = ['Env', 'Check', 'Result', 'HTTP', 'Latency', 'Cert', 'Attempts'];
  if (r.mode === 'post-deploy') headers.push('Version');
  else headers.push('Uptime 24h / 7d / 30d', 'Latency trend', 'Incident');
  out.push(table(headers, rows));
  const failing = r.checks.filter((c) => c.components.length > 0);
  if (failing.length > 0) {
    out.push('');
    out.push('**Components not passing** (application/health+json):');
    for (const c of failing) out.push(`- ${escapeText(c.name)}: ${c.components.map(escapeText).join('; ')}`);
  }
  if (r.watch) {
    const w = r.watch;
    out.push('');
    out.push(
      `Watched for ${Math.round(w.durationMs / 1000)} s: ${w.requests} requests, **${w.failures.length} failed**${w.failures.length === 0 ? ' (no downtime seen)' : ''}.`,
    );
    if (w.failures.length > 0) {
      out.push('');
      out.push(
        details(
          `Failed requests during the rollout (${w.failures.length})`,
          table(
            ['Time', 'Env', 'Check', 'Class', 'HTTP', 'Message'],
            w.failures.map((f) => [
              escapeText(f.at),
              escapeText(f.environment),
              escapeText(f.check),
              code(f.class),
              f.status !== undefined ? String(f.status) : '',
              escapeText(f.message),
            ]),
          ),
        ),
      );
    }
  }
  const sent = r.alerts.filter((a) => a.ok).length;
  if (r.alerts.length > 0) {
    out.push('');
    out.push(
      `${sent < r.alerts.length ? '❌ ' : ''}Alerts: ${sent} of ${r.alerts.length} delivered${
        r.alerts.some((a) => !a.ok)
          ? ` (failed: ${r.alerts
              .filter((a) => !a.ok)
              .map((a) => `${a.channel} ${escapeText(a.error ?? '')}`)
              .join('; ')})`
          : ''
      }.`,
    );
  }
  for (const i of r.incidents ?? []) {
    if (i.decision.kind === 'none') continue;
    const what =
      i.decision.kind === 'open'
        ? i.decision.reopen
          ? 'reopened (flapping)'
          : 'opened'
        : i.decision.kind === 'update'
          ? `changed to ${i.decision.to}`
          : 'closed (recovered)';
    const issue = i.issue?.url
      ? link(`#${i.issue.number}`, i.issue.url)
      : i.issue
        ? `#${i.issue.number}`
        : '';
    out.push(`- Incident for ${escapeText(`${i.environment}/${i.check}`)} ${what} ${issue}`.trimEnd());
  }
  if (r.heartbeat) {
    const counts =
      r.heartbeat.sent !== undefined ? ` (${r.heartbeat.sent} sent, ${r.heartbeat.failed ?? 0} failed)` : '';
    out.push(
      '',
      `Heartbeat: ${r.heartbeat.ok ? 'sent' : `failed (${escapeText(r.heartbeat.error ?? '')})`}${counts}.`,
    );
  }
  for (const p of r.problems?.incidentIssues ?? [])
    out.push('', `❌ Incident issues not kept (alerts were sent regardless): ${escapeText(p)}`);
  for (const p of r.problems?.history ?? []) out.push('', `⚠️ ${escapeText(p)}`);
  for (const n of r.notes) out.push('', escapeText(n));
  return `${out.join('\n')}\n`;
}
