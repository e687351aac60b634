// shipshape dashboard: draws each <canvas data-chart> from the chart specs the page embeds (title,
// metric with unit, axis ranges that fit the data, one line per branch or check). Charts are drawn
// when they come near the viewport, so a page with hundreds of them opens at once. Runs in the
// browser; Chart.js is loaded before it from assets/chart.umd.min.js.
(() => {
  const PALETTE = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#4b5563'];
  const DAY = 86_400_000;

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

  const { charts } = JSON.parse(dataElement.textContent);

  const dayFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const yearFormat = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const hourFormat = new Intl.DateTimeFormat('en-GB', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  const timeFormat = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });

  function format(value, metric) {
    const text = value.toLocaleString('en-US', { maximumFractionDigits: metric.digits, useGrouping: false });
    if (metric.unit === '') return text;
    return metric.unit === '%' ? `${text}%` : `${text} ${metric.unit}`;
  }

  /** Tick labels that suit the span: hours for a day or two, days for weeks, years beyond. */
  function tickFormat(span) {
    if (span <= 2 * DAY) return hourFormat;
    if (span <= 300 * DAY) return dayFormat;
    return yearFormat;
  }

  function draw(canvas) {
    const spec = charts[Number(canvas.dataset.chart)];
    if (!spec) return;
    const metric = spec.metric;
    const ticks = tickFormat(spec.x[1] - spec.x[0]);
    const many = spec.series.length > 1;
    new Chart(canvas, {
      type: 'line',
      data: {
        datasets: spec.series.map((series, i) => {
          const colour = PALETTE[i % PALETTE.length];
          return {
            label: series.label,
            data: series.points.map((p) => ({ x: p[0], y: p[1], sha: p[2] })),
            borderColor: colour,
            backgroundColor: colour,
            borderWidth: 2,
            pointRadius: series.points.length > 60 ? 0 : 2.5,
            pointHoverRadius: 5,
          };
        }),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        normalized: true,
        parsing: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: {
            type: 'linear',
            min: spec.x[0],
            max: spec.x[1],
            ticks: { maxTicksLimit: 6, callback: (value) => ticks.format(value) },
          },
          y: {
            min: spec.y[0],
            max: spec.y[1],
            title: { display: true, text: metric.axis },
            ticks: { maxTicksLimit: 6, callback: (value) => format(value, metric) },
          },
        },
        plugins: {
          legend: { display: many, position: 'bottom' },
          tooltip: {
            callbacks: {
              title: (items) => {
                const raw = items[0]?.raw;
                if (!raw) return '';
                return `${timeFormat.format(raw.x)} UTC${raw.sha ? ` · ${raw.sha.slice(0, 7)}` : ''}`;
              },
              label: (item) => `${item.dataset.label}: ${format(item.parsed.y, metric)}`,
            },
          },
        },
      },
    });
    canvas.dataset.drawn = 'true';
  }

  let failed = 0;
  function drawSafely(canvas) {
    if (canvas.dataset.drawn) return;
    try {
      draw(canvas);
    } catch (error) {
      failed++;
      canvas.dataset.drawn = 'failed';
      console.warn('shipshape dashboard: a chart could not be drawn', error);
      say(`${failed} chart(s) could not be drawn; the tables show the latest values.`);
    }
  }

  const canvases = document.querySelectorAll('canvas[data-chart]');
  if (typeof IntersectionObserver === 'undefined') {
    for (const canvas of canvases) drawSafely(canvas);
  } else {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          drawSafely(entry.target);
        }
      },
      { rootMargin: '600px 0px' },
    );
    for (const canvas of canvases) observer.observe(canvas);
  }
  // For tests and print: draw everything at once.
  window.shipshapeDrawAll = () => {
    for (const canvas of canvases) drawSafely(canvas);
    return failed;
  };
})();
