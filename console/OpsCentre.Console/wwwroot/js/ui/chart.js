// Time-series charts with uPlot, themed for the dark console. Each chart sits in a figure with a text caption that
// states what the chart shows, so the numbers are available without seeing the canvas.
import { el } from './format.js';

const AXIS = { stroke: '#a3b3c6', grid: { stroke: '#243044', width: 1 }, ticks: { stroke: '#2f3b4e' } };
const PALETTE = ['#6cb6ff', '#56d364', '#ffa657', '#d2a8ff', '#e3b341', '#ff7b72', '#79c0ff'];

function mean(values) { return values.reduce((a, b) => a + b, 0) / values.length; }

/**
 * The readings of one signal around an anomaly: the readings, the detector's expected value, a typical band
 * (expected ± 2 standard deviations of the readings before the anomaly) and the anomalous point.
 */
export function anomalyChart(anomaly) {
  const samples = [...(anomaly.context || [])];
  const observedAt = Date.parse(anomaly.observedAt) / 1000;
  if (!samples.some(s => Date.parse(s.at) / 1000 === observedAt)) samples.push({ at: anomaly.observedAt, value: anomaly.observed });
  samples.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const x = samples.map(s => Date.parse(s.at) / 1000);
  const y = samples.map(s => s.value);
  const before = samples.filter(s => Date.parse(s.at) / 1000 < observedAt).map(s => s.value);
  const spread = before.length > 2 ? Math.sqrt(mean(before.map(v => (v - mean(before)) ** 2))) : 0;
  const upper = x.map(() => anomaly.expected + 2 * spread);
  const lower = x.map(() => anomaly.expected - 2 * spread);
  const expected = x.map(() => anomaly.expected);
  const flagged = x.map(t => (t === observedAt ? anomaly.observed : null));
  const caption = `${anomaly.signal}: observed ${round(anomaly.observed)} where ${round(anomaly.expected)} was expected`
    + (spread > 0 ? ` (typical range ${round(anomaly.expected - 2 * spread)} to ${round(anomaly.expected + 2 * spread)})` : '')
    + `, ${samples.length} readings shown.`;
  return chartFigure(caption, {
    series: [
      {},
      { label: anomaly.signal, stroke: PALETTE[0], width: 2, points: { show: false } },
      { label: 'expected', stroke: '#a3b3c6', dash: [6, 4], width: 1, points: { show: false } },
      { label: 'typical high', stroke: 'rgba(86,211,100,0.5)', width: 1, points: { show: false } },
      { label: 'typical low', stroke: 'rgba(86,211,100,0.5)', width: 1, points: { show: false } },
      { label: 'anomaly', stroke: '#ff7b72', width: 0, points: { show: true, size: 10, fill: '#ff7b72' } },
    ],
    bands: spread > 0 ? [{ series: [3, 4], fill: 'rgba(86,211,100,0.12)' }] : [],
  }, [x, y, expected, upper, lower, flagged]);
}

/** Several named series over shared times (e.g. object counts per class). */
export function seriesChart(caption, times, named) {
  const names = Object.keys(named);
  return chartFigure(caption, {
    series: [{}, ...names.map((name, i) => ({ label: name, stroke: PALETTE[i % PALETTE.length], width: 2, points: { show: times.length < 40 } }))],
  }, [times, ...names.map(n => named[n])]);
}

function chartFigure(caption, options, data) {
  const target = el('div', { class: 'chart', role: 'img', 'aria-label': caption });
  const figure = el('figure', { style: 'margin:0' }, target, el('figcaption', { class: 'muted' }, caption));
  // Drawn once the figure is in the page, so the chart can take the width it is given.
  requestAnimationFrame(() => {
    if (!target.isConnected) return;
    const width = Math.max(target.clientWidth, 280);
    const chart = new uPlot({
      width,
      height: 220,
      ...options,
      axes: [{ ...AXIS }, { ...AXIS }],
      scales: { x: { time: true } },
      // The console reads in UTC throughout (clock, tables), so the charts' time axes do too.
      tzDate: seconds => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
    }, data, target);
    figure.chart = chart;
  });
  return figure;
}

function round(value) {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
}
