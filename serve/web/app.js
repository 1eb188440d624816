// The page of `kg serve`: search, entity details, an expandable neighbourhood graph, evidence,
// paths and queries, all read from the JSON API under /api/. Every string from the store reaches
// the page through textContent or Cytoscape's labels, never as HTML.
'use strict';

const ASSERTING = ['asserted', 'reported', 'claimed'];
// Modalities other than these are drawn apart: planned, attempted, conditional (dashed) and
// negated (dotted red); they appear only when the modality filter asks for them.
const TYPE_CLASS = {PERSON: 'person', ORG: 'org', GPE: 'gpe', LOC: 'loc'};

const byId = (id) => document.getElementById(id);

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function filterParams() {
  const params = {};
  const modality = byId('modality-filter').value;
  const relation = byId('relation-filter').value;
  const since = byId('since-filter').value;
  if (modality) params.modality = modality;
  if (relation) params.rel = relation;
  if (since) params.since = since;
  return params;
}

async function api(path, params) {
  const query = new URLSearchParams(params || {}).toString();
  const response = await fetch('/api/' + path + (query ? '?' + query : ''));
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function showError(section, error) {
  section.replaceChildren(element('p', error.message, 'error'));
}

// The edge's style class: negated when all its evidence denies it, planned when none asserts it.
function modalityClass(modalities) {
  if (modalities.some((m) => ASSERTING.includes(m))) return 'asserted';
  if (modalities.length > 0 && modalities.every((m) => m === 'negated')) return 'negated';
  return 'planned';
}

const graph = cytoscape({
  container: byId('graph'),
  wheelSensitivity: 0.3,
  style: [
    {selector: 'node', style: {'label': 'data(label)', 'font-size': 11, 'width': 22, 'height': 22,
                               'background-color': '#888', 'text-valign': 'bottom',
                               'text-margin-y': 4}},
    {selector: 'node.person', style: {'background-color': '#4e79a7'}},
    {selector: 'node.org', style: {'background-color': '#f28e2b'}},
    {selector: 'node.gpe', style: {'background-color': '#59a14f'}},
    {selector: 'node.loc', style: {'background-color': '#76b7b2'}},
    {selector: 'node.centre', style: {'width': 34, 'height': 34, 'border-width': 3,
                                      'border-color': '#222', 'font-weight': 'bold'}},
    {selector: 'edge', style: {'label': 'data(relation)', 'font-size': 9, 'width': 2,
                               'curve-style': 'bezier', 'line-color': '#555',
                               'target-arrow-color': '#555', 'target-arrow-shape': 'triangle',
                               'text-rotation': 'autorotate'}},
    {selector: 'edge.symmetric', style: {'target-arrow-shape': 'none'}},
    {selector: 'edge.planned', style: {'line-style': 'dashed', 'line-color': '#999'}},
    {selector: 'edge.negated', style: {'line-style': 'dotted', 'line-color': '#c0392b',
                                       'target-arrow-color': '#c0392b'}},
    {selector: '.on-path', style: {'line-color': '#8e44ad', 'background-color': '#8e44ad',
                                   'width': 4}},
  ],
});

function addNode(name, type) {
  if (graph.getElementById('n:' + name).length === 0) {
    graph.add({group: 'nodes', data: {id: 'n:' + name, label: name, name: name},
               classes: TYPE_CLASS[type] || ''});
  }
}

function addEdge(from, relation, to, direction, modalities) {
  const symmetric = direction === 'undirected';
  const [source, target] = direction === 'in' ? [to, from] : [from, to];
  // A symmetric edge is one edge whichever end it was reached from.
  const ends = symmetric ? [source, target].sort() : [source, target];
  const id = 'e:' + ends[0] + '|' + relation + '|' + ends[1];
  if (graph.getElementById(id).length > 0) return;
  const classes = [modalityClass(modalities), symmetric ? 'symmetric' : ''].join(' ');
  graph.add({group: 'edges', classes: classes,
             data: {id: id, source: 'n:' + source, target: 'n:' + target, relation: relation,
                    from: source, to: target}});
}

function layout() {
  graph.layout({name: 'cose', animate: false, nodeDimensionsIncludeLabels: true}).run();
}

async function expand(name) {
  const body = await api('neighbors', {name: name, ...filterParams()});
  for (const row of body.records) {
    addNode(row.neighbor, row.neighbor_type);
    addEdge(row.from, row.relation, row.neighbor, row.direction, row.modalities);
  }
  layout();
}

function relationTable(degrees) {
  const table = element('table');
  const head = table.insertRow();
  for (const title of ['relation', 'out', 'in', 'undirected', 'evidence']) {
    head.appendChild(element('th', title));
  }
  for (const degree of degrees) {
    const row = table.insertRow();
    for (const key of ['relation', 'out', 'in', 'undirected', 'evidence']) {
      row.appendChild(element('td', degree[key]));
    }
  }
  return table;
}

function timeline(evidence) {
  const list = element('ol', null, 'timeline');
  const dated = evidence.filter((e) => e.date).sort((a, b) => a.date.localeCompare(b.date));
  for (const e of dated) {
    list.appendChild(element('li', e.date + '  ' + e.source + ' ' + e.relation + ' ' + e.target));
  }
  return list;
}

function renderEntity(entity) {
  const section = byId('entity');
  section.replaceChildren(
      element('h2', entity.name),
      element('p', entity.type + ' · ' + entity.mentions + ' mentions', 'meta'),
      element('p', entity.aliases.length ? 'Also: ' + entity.aliases.join(', ') : 'No aliases'),
      element('h3', 'Relations'), relationTable(entity.degrees),
      element('h3', 'Timeline'), timeline(entity.evidence));
  const relations = byId('relation-filter');
  const known = new Set([...relations.options].map((o) => o.value));
  for (const degree of entity.degrees) {
    if (!known.has(degree.relation)) relations.appendChild(new Option(degree.relation));
  }
}

async function showEntity(name) {
  try {
    const entity = await api('entity', {name: name});
    renderEntity(entity);
    graph.elements().remove();
    addNode(entity.name, entity.type);
    graph.getElementById('n:' + entity.name).addClass('centre');
    await expand(entity.name);
  } catch (error) {
    showError(byId('entity'), error);
  }
}

// The sentence with its trigger in a <mark>, built from text nodes only.
function sentenceWithTrigger(text, trigger) {
  const paragraph = element('p', null, 'sentence');
  const at = trigger ? text.indexOf(trigger) : -1;
  if (at < 0) {
    paragraph.textContent = text;
    return paragraph;
  }
  paragraph.append(text.slice(0, at), element('mark', trigger), text.slice(at + trigger.length));
  return paragraph;
}

async function showEvidence(edge) {
  const section = byId('evidence');
  const {from, relation, to} = edge.data();
  try {
    const body = await api('explain', {from: from, rel: relation, to: to, ...filterParams()});
    const list = element('ul', null, 'evidence-list');
    for (const e of body.records) {
      const item = element('li');
      item.append(sentenceWithTrigger(e.text, e.trigger),
                  element('p', [e.title || e.doc, e.date, e.modality,
                                e.source ? 'says ' + e.source : ''].filter(Boolean).join(' · '),
                          'meta'));
      list.appendChild(item);
    }
    section.replaceChildren(element('h2', from + ' ' + relation + ' ' + to), list);
  } catch (error) {
    showError(section, error);
  }
}

async function showPath(from, to) {
  const section = byId('path');
  try {
    const body = await api('path', {from: from, to: to, ...filterParams()});
    graph.elements().removeClass('on-path');
    const list = element('ol');
    for (const hop of body.hops) {
      addNode(hop.from, hop.from_type);
      addNode(hop.to, hop.to_type);
      addEdge(hop.from, hop.relation, hop.to, hop.direction, [hop.evidence.modality]);
      list.appendChild(element('li', hop.from + ' ' + hop.relation + ' ' + hop.to));
      graph.getElementById('n:' + hop.from).addClass('on-path');
      graph.getElementById('n:' + hop.to).addClass('on-path');
    }
    layout();
    section.replaceChildren(element('h2', 'Path'), list);
  } catch (error) {
    showError(section, error);
  }
}

async function runQuery(text) {
  const section = byId('query-result');
  try {
    const body = await api('query', {q: text});
    const table = element('table');
    const head = table.insertRow();
    for (const column of body.columns) head.appendChild(element('th', column));
    for (const record of body.records) {
      const line = table.insertRow();
      for (const column of body.columns) {
        line.appendChild(element('td', JSON.stringify(record[column])));
      }
    }
    const count = body.records.length + (body.truncated ? '+' : '') + ' rows';
    section.replaceChildren(table, element('p', count, 'meta'));
  } catch (error) {
    showError(section, error);
  }
}

let pendingSearch = null;
byId('search').addEventListener('input', (event) => {
  clearTimeout(pendingSearch);
  const prefix = event.target.value;
  if (prefix.length < 2) return;
  pendingSearch = setTimeout(async () => {
    const body = await api('search', {q: prefix});
    byId('suggestions').replaceChildren(
        ...body.records.map((r) => new Option(r.name + ' (' + r.type + ')', r.name)));
  }, 150);
});
byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  showEntity(byId('search').value);
});
byId('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  showPath(byId('path-from').value, byId('path-to').value);
});
byId('query-form').addEventListener('submit', (event) => {
  event.preventDefault();
  runQuery(byId('query').value);
});
for (const id of ['relation-filter', 'modality-filter', 'since-filter']) {
  byId(id).addEventListener('change', () => {
    const centre = graph.nodes('.centre');
    if (centre.length) showEntity(centre.data('name'));
  });
}
graph.on('tap', 'node', (event) => expand(event.target.data('name')));
graph.on('tap', 'edge', (event) => showEvidence(event.target));
