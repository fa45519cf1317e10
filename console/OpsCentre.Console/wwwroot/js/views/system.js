// The system view: what this node is, data flowing per topic, the consumer stages with the partitions this node
// owns and their lag, and the dead-letter count. Live from the "system" and "topics" pushes.
import { api } from '../api.js';
import { el, utcTime } from '../ui/format.js';

export async function mount(container, { system, topics }) {
  const nodeFacts = el('dl', { class: 'facts', id: 'node-facts' });
  const topicRows = el('tbody', {});
  const stageRows = el('tbody', {});
  const partitionRows = el('tbody', {});
  const topicNote = el('p', { class: 'muted', id: 'topics-note' });
  container.append(
    el('h1', {}, 'System'),
    el('div', { class: 'grid-2' },
      el('section', { class: 'panel', 'aria-labelledby': 'node-title' }, el('h2', { id: 'node-title' }, 'This node'), nodeFacts),
      el('section', { class: 'panel', 'aria-labelledby': 'topics-title' },
        el('h2', { id: 'topics-title' }, 'Data flow per topic'),
        el('table', { id: 'topics' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Topic'), el('th', { scope: 'col', class: 'num' }, 'Partitions'),
            el('th', { scope: 'col', class: 'num' }, 'Messages/s'), el('th', { scope: 'col', class: 'num' }, 'Messages in total'))),
          topicRows),
        topicNote)),
    el('section', { class: 'panel', 'aria-labelledby': 'stages-title' },
      el('h2', { id: 'stages-title' }, 'Processing stages on this node'),
      el('table', { id: 'stages' },
        el('thead', {}, el('tr', {}, ...['Stage', 'Consumer group', 'Running', 'Records', 'Records/s'].map((h, i) => el('th', { scope: 'col', class: i > 2 ? 'num' : null }, h)))),
        stageRows)),
    el('section', { class: 'panel', 'aria-labelledby': 'partitions-title' },
      el('h2', { id: 'partitions-title' }, 'Partitions owned by this node'),
      el('table', { id: 'partitions' },
        el('thead', {}, el('tr', {}, ...['Stage', 'Topic', 'Partition', 'Position', 'End offset', 'Lag', 'Queued'].map((h, i) => el('th', { scope: 'col', class: i > 1 ? 'num' : null }, h)))),
        partitionRows)));

  const renderSystem = snapshot => {
    const facts = [
      ['Node', snapshot.nodeId],
      ['Kafka', `${snapshot.bootstrapServers}${snapshot.embeddedCluster ? ' (embedded)' : ''}`],
      ['Store', snapshot.store],
      ['City events/s', String(snapshot.eventsPerSecond)],
      ['Dead-lettered by this node', String(snapshot.deadLettered)],
      ['Published by this node', String(snapshot.published)],
      ['Sampled at', `${utcTime(snapshot.at)} UTC`],
    ];
    nodeFacts.replaceChildren(...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
    stageRows.replaceChildren(...snapshot.stages.map(s => el('tr', {},
      el('td', {}, s.name), el('td', { class: 'mono' }, s.group), el('td', {}, s.running ? 'yes' : 'no'),
      el('td', { class: 'num' }, String(s.recordsConsumed)), el('td', { class: 'num' }, String(s.recordsPerSecond)))));
    const owned = snapshot.stages.flatMap(s => s.partitions.map(p => ({ stage: s.name, ...p })));
    partitionRows.replaceChildren(...(owned.length ? owned.map(p => el('tr', {},
      el('td', {}, p.stage), el('td', { class: 'mono' }, p.topic), el('td', { class: 'num' }, String(p.partition)),
      el('td', { class: 'num' }, String(p.position)), el('td', { class: 'num' }, String(p.highWatermark)),
      el('td', { class: 'num' }, String(p.lag)), el('td', { class: 'num' }, String(p.queueDepth))))
      : [el('tr', {}, el('td', { colspan: 7, class: 'empty' }, 'This node owns no partitions right now.'))]));
  };
  const renderTopics = snapshot => {
    topicRows.replaceChildren(...snapshot.topics.map(t => el('tr', { class: t.topic.includes('deadletter') ? 'dead-letters' : null },
      el('td', { class: 'mono' }, t.topic), el('td', { class: 'num' }, String(t.partitions)),
      el('td', { class: 'num' }, t.messagesPerSecond.toFixed(1)), el('td', { class: 'num' }, String(t.endOffsetTotal)))));
    const dead = snapshot.topics.find(t => t.topic.includes('deadletter'));
    topicNote.textContent = snapshot.error ? `Last reading failed: ${snapshot.error}` : dead ? `Dead letters in the cluster: ${dead.endOffsetTotal}.` : '';
  };

  const [initialSystem, initialTopics] = await Promise.all([api.get('/api/system').catch(() => null), api.get('/api/views/topics').catch(() => null)]);
  if (initialSystem) renderSystem(initialSystem);
  if (initialTopics) renderTopics(initialTopics);
  const stopSystem = system.subscribe(renderSystem);
  const stopTopics = topics.subscribe(renderTopics);
  return () => { stopSystem(); stopTopics(); };
}
