// Draws one line chart per metric of each kind and name, one line per branch, from the JSON the
// page embeds. Runs in the browser; Chart.js is loaded before it from assets/chart.umd.min.js.
(() => {
  const PALETTE = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#4b5563'];

  const status = document.getElementById('chart-status');
  const dataElement = document.getElementById('dashboard-data');
  if (!dataElement || !status) return;

  function say(message) {
    status.textContent = message;
    status.hidden = false;
  }

  if (typeof Chart === 'undefined') {
    say('The chart library did not load; the tables show the latest values.');
    return;
  }

  const data = JSON.parse(dataElement.textContent);
  const groups = new Map();
  for (const section of data.sections) {
    for (const group of section.groups) groups.set(group.id, group);
  }

  const dateFormat = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const timeFormat = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });

  function format(value, metric) {
    const text = value.toLocaleString('en-US', {
      maximumFractionDigits: metric.digits,
      useGrouping: false,
    });
    if (metric.unit === '') return text;
    return metric.unit === '%' ? `${text}%` : `${text} ${metric.unit}`;
  }

  function datasets(group, metric) {
    return group.series.map((series, i) => {
      const colour = PALETTE[i % PALETTE.length];
      return {
        label: series.label,
        data: series.points
          .filter((p) => typeof p.v[metric.key] === 'number')
          .map((p) => ({ x: p.t, y: p.v[metric.key], sha: p.sha, verdict: p.verdict })),
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2,
        pointRadius: 2.5,
        pointHoverRadius: 5,
      };
    });
  }

  function draw(canvas) {
    const group = groups.get(canvas.dataset.group);
    const metric = group?.metrics[Number(canvas.dataset.metric)];
    if (!metric) return;
    new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets(group, metric) },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: {
            type: 'linear',
            ticks: { maxTicksLimit: 6, callback: (value) => dateFormat.format(value) },
          },
          y: { ticks: { callback: (value) => format(value, metric) } },
        },
        plugins: {
          legend: { display: group.series.length > 1, position: 'bottom' },
          tooltip: {
            callbacks: {
              title: (items) => {
                const raw = items[0]?.raw;
                return raw ? `${timeFormat.format(raw.x)} UTC · ${raw.sha.slice(0, 7)}` : '';
              },
              label: (item) => {
                const verdict = item.raw.verdict ? ` (${item.raw.verdict.text})` : '';
                return `${item.dataset.label}: ${format(item.parsed.y, metric)}${verdict}`;
              },
            },
          },
        },
      },
    });
  }

  let failed = 0;
  for (const canvas of document.querySelectorAll('canvas[data-group]')) {
    try {
      draw(canvas);
    } catch (error) {
      failed++;
      console.warn('shipshape dashboard: a chart could not be drawn', error);
    }
  }
  if (failed > 0) say(`${failed} chart(s) could not be drawn; the tables show the latest values.`);
})();
