// The graph explorer of kg serve: everything it shows comes from the public REST API.
'use strict';

const TYPE_COLOURS = {
  ArmedGroup: '#d62728', ArmedForce: '#8c564b', State: '#1f77b4', Coalition: '#9467bd', Alliance: '#9467bd',
  IntergovernmentalOrganisation: '#17becf', Organisation: '#7f7f7f', MediaOutlet: '#bcbd22', MonitoringGroup: '#e377c2',
  Person: '#ff7f0e', Location: '#2ca02c', Agreement: '#393b79', Event: '#637939'
};
const RELATION_COLOURS = {
  alliedWith: '#2ca02c', fightsAgainst: '#d62728', attacked: '#b2182b', supports: '#1f77b4', opposes: '#ff7f0e',
  accuses: '#e6550d', memberOf: '#9467bd', affiliateOf: '#8c6d31', branchOf: '#843c39', formerlyKnownAs: '#7f7f7f',
  commands: '#5254a3', leaderOf: '#6b6ecf', spokespersonOf: '#9c9ede', roleIn: '#637939', controls: '#31a354',
  operatesIn: '#74c476', locatedIn: '#a1d99b', labelledTerrorist: '#000000', designatedTerrorist: '#444444',
  quotes: '#bcbd22', partyTo: '#17becf', rejected: '#de2d26', violated: '#a50f15', welcomed: '#3182bd'
};
const colour = (table, key) => table[key] || '#888888';

const state = {
  root: null,            // the entity searched for
  expanded: [],          // entities whose neighbourhoods are drawn, in the order they were opened
  labels: new Map(),     // IRI -> {label, type}
  links: new Map(),      // expanded IRI -> links answer
  dates: [],             // the slider's days, ISO strings
  path: null,            // the paths answer while a path view is shown
  hiddenRelations: new Set(),
  hiddenTypes: new Set(),
  request: 0
};
let cy;

const $ = id => document.getElementById(id);
const esc = s => String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const local = iri => decodeURIComponent(String(iri).replace(/^.*\//, ''));

function setStatus(text) { $('status').textContent = text; }

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    throw new Error(body.message || body.error || (r.status + ' from ' + path));
  }
  return body;
}

// ---------- filters as the API takes them ----------

function claimParams() {
  const p = new URLSearchParams();
  const min = Number($('min-confidence').value);
  if (min > 0) p.set('minConfidence', String(min));
  if ($('predecessors').checked) p.set('withPredecessors', 'true');
  if ($('publisher').value) p.set('publisher', $('publisher').value);
  if (state.dates.length) {
    const since = Number($('since').value);
    const until = Number($('until').value);
    if (since > 0) p.set('since', state.dates[since]);
    if (until < state.dates.length - 1) p.set('until', state.dates[until]);
  }
  return p;
}

// ---------- search with suggestions ----------

let suggestTimer;
let suggestions = [];
let selected = -1;

function renderSuggestions() {
  const ul = $('suggestions');
  ul.innerHTML = suggestions.map((s, i) =>
    `<li role="option" id="suggestion-${i}" data-id="${esc(s.id)}" aria-selected="${i === selected}">${esc(s.label)}<span class="type">${esc(s.type)}</span></li>`).join('');
  ul.hidden = suggestions.length === 0;
  $('search').setAttribute('aria-expanded', String(!ul.hidden));
  if (selected >= 0) $('search').setAttribute('aria-activedescendant', 'suggestion-' + selected);
}

async function suggest(q) {
  if (q.trim().length < 2) { suggestions = []; renderSuggestions(); return; }
  try {
    const found = await api('/api/entities?limit=8&q=' + encodeURIComponent(q));
    if ($('search').value !== q) return; // the user typed on
    suggestions = found;
    selected = found.length ? 0 : -1;
    renderSuggestions();
  } catch (e) {
    suggestions = []; renderSuggestions();
  }
}

function choose(id) {
  suggestions = []; renderSuggestions();
  show(id);
}

// ---------- the neighbourhood ----------

async function show(iri) {
  state.root = iri;
  state.expanded = [iri];
  state.path = null;
  state.links.clear();
  await redraw();
  await nodeDetails(iri);
}

async function describe(iri) {
  if (state.labels.has(iri)) return state.labels.get(iri);
  const e = await api('/api/entities/' + encodeURIComponent(iri));
  const d = { label: e.label, type: e.type };
  state.labels.set(iri, d);
  return d;
}

async function fetchLinks() {
  const params = claimParams();
  params.set('limit', '200');
  await Promise.all(state.expanded.map(async iri => {
    const answer = await api('/api/entities/' + encodeURIComponent(iri) + '/links?' + params);
    state.links.set(iri, answer);
    state.labels.set(iri, { label: answer.label, type: answer.type });
    for (const l of answer.links) state.labels.set(l.entity, { label: l.label, type: l.type });
  }));
}

/** Nodes and edges of the view: one edge per pair and relation, as wide as its claims are many. */
function elements() {
  const nodes = new Map();
  const edges = new Map();
  const addNode = iri => {
    const d = state.labels.get(iri) || { label: local(iri), type: '' };
    if (state.hiddenTypes.has(d.type) && !state.expanded.includes(iri)) return false;
    nodes.set(iri, { data: { id: iri, label: d.label, type: d.type, colour: colour(TYPE_COLOURS, d.type) },
      classes: state.expanded.includes(iri) ? 'expanded' : '' });
    return true;
  };
  for (const iri of state.expanded) {
    addNode(iri);
    const answer = state.links.get(iri);
    if (!answer) continue;
    for (const l of answer.links) {
      const shown = Object.entries(l.relations).filter(([r]) => !state.hiddenRelations.has(r));
      if (!shown.length || !addNode(l.entity)) continue;
      for (const [relation, count] of shown) {
        const [a, b] = iri < l.entity ? [iri, l.entity] : [l.entity, iri];
        const id = a + '|' + relation + '|' + b;
        if (!edges.has(id)) {
          edges.set(id, { data: { id, source: iri, target: l.entity, relation, claims: count,
            width: Math.min(12, 1.5 + Math.log2(count) * 2), colour: colour(RELATION_COLOURS, relation), first: l.firstDate, last: l.lastDate } });
        }
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function allRelationsAndTypes() {
  const relations = new Set();
  const types = new Set();
  for (const answer of state.links.values()) {
    for (const l of answer.links) {
      Object.keys(l.relations).forEach(r => relations.add(r));
      if (l.type) types.add(l.type);
    }
  }
  return { relations: [...relations].sort(), types: [...types].sort() };
}

function renderChecks(id, values, hidden, table) {
  const fs = $(id);
  const legend = fs.querySelector('legend').outerHTML;
  fs.innerHTML = legend + (values.length ? values.map(v =>
    `<label><input type="checkbox" value="${esc(v)}" ${hidden.has(v) ? '' : 'checked'}><span class="swatch" style="background:${colour(table, v)}"></span>${esc(v)}</label>`).join('')
    : '<p class="hint">None in this view.</p>');
}

async function redraw() {
  if (!state.root) return;
  const ticket = ++state.request;
  setStatus('Loading…');
  try {
    await fetchLinks();
  } catch (e) {
    setStatus('Could not load the links: ' + e.message);
    return;
  }
  if (ticket !== state.request) return; // a newer request is under way
  const { relations, types } = allRelationsAndTypes();
  renderChecks('relations', relations, state.hiddenRelations, RELATION_COLOURS);
  renderChecks('types', types, state.hiddenTypes, TYPE_COLOURS);
  draw(elements());
  performance.mark('drawn'); // what the explorer benchmark times, from the page's start
  const rootLabel = (state.labels.get(state.root) || {}).label || local(state.root);
  setStatus(`${rootLabel}: ${cy.nodes().length} entities, ${cy.edges().length} relations drawn`);
  updateDownloads();
}

function draw({ nodes, edges }, layoutName) {
  cy.elements().remove();
  cy.add(nodes);
  cy.add(edges);
  cy.layout({ name: layoutName || (state.expanded.length === 1 || nodes.length > 60 ? 'concentric' : 'cose'), animate: false, padding: 30,
    concentric: n => n.hasClass('expanded') ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 45, spacingFactor: 1.2,
    nodeRepulsion: () => 9000, idealEdgeLength: () => 90 }).run();
  renderLegend(nodes);
}

function renderLegend(nodes) {
  const types = [...new Set(nodes.map(n => n.data.type).filter(Boolean))].sort();
  $('legend').innerHTML = types.map(t => `<span><i style="background:${colour(TYPE_COLOURS, t)}"></i>${esc(t)}</span>`).join('');
}

function updateDownloads() {
  const p = claimParams();
  p.delete('withPredecessors');
  const around = state.path ? [...new Set(state.path.flatMap(path => path.flatMap(s => [s.from, s.to])))] : state.expanded;
  p.set('around', around.join(','));
  const shownRelations = [...document.querySelectorAll('#relations input:checked')].map(i => i.value);
  if (state.hiddenRelations.size && shownRelations.length) p.set('relations', shownRelations.join(','));
  const shownTypes = [...document.querySelectorAll('#types input:checked')].map(i => i.value);
  if (state.hiddenTypes.size && shownTypes.length) p.set('types', shownTypes.join(','));
  for (const f of ['gexf', 'graphml', 'csv']) {
    const q = new URLSearchParams(p);
    q.set('format', f);
    $('download-' + f).href = '/api/graph?' + q;
  }
}

// ---------- details ----------

async function nodeDetails(iri) {
  let e;
  try {
    e = await api('/api/entities/' + encodeURIComponent(iri));
  } catch (err) {
    $('details').innerHTML = `<p>${esc(err.message)}</p>`;
    return;
  }
  const names = async list => (await Promise.all((list || []).map(async x => {
    const d = await describe(x).catch(() => ({ label: local(x) }));
    return `<a href="#" data-entity="${esc(x)}">${esc(d.label)}</a>`;
  }))).join(', ') || '–';
  const c = e.counts || {};
  $('details').innerHTML = `<h2>${esc(e.label)}</h2>
    <dl>
      <dt>Type</dt><dd>${esc(e.type)}${e.discovered ? ' (found in articles, not in the knowledge base)' : ''}</dd>
      <dt>Aliases</dt><dd>${esc((e.aliases || []).join(', ') || '–')}</dd>
      <dt>Former names</dt><dd>${await names(e.predecessors)}</dd>
      <dt>Later names</dt><dd>${await names(e.successors)}</dd>
      <dt>Claims</dt><dd>${esc(c.claims ?? 0)}</dd>
      <dt>Articles</dt><dd>${esc(c.articles ?? 0)}</dd>
      <dt>Mentions</dt><dd>${esc(c.mentions ?? 0)}</dd>
      <dt>IRI</dt><dd><a href="${esc(e.id)}">${esc(local(e.id))}</a></dd>
    </dl>`;
}

function highlight(text, names) {
  let out = esc(text);
  const terms = [...new Set(names.filter(n => n && n.length > 1))].sort((a, b) => b.length - a.length);
  for (const t of terms) {
    const re = new RegExp('(?<![\\w>])(' + esc(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ')(?![\\w<])', 'gi');
    out = out.replace(re, '<mark>$1</mark>');
  }
  return out;
}

async function namesOf(iri) {
  try {
    const e = await api('/api/entities/' + encodeURIComponent(iri));
    return [e.label, ...(e.aliases || []), ...(e.demonyms || [])];
  } catch (err) {
    return [(state.labels.get(iri) || {}).label];
  }
}

async function edgeDetails(edge) {
  const d = edge.data();
  const q = new URLSearchParams({ with: d.target, relation: d.relation, limit: '50' });
  $('details').innerHTML = '<p>Loading the claims…</p>';
  let claims;
  try {
    claims = await api('/api/entities/' + encodeURIComponent(d.source) + '/claims?' + q);
  } catch (err) {
    $('details').innerHTML = `<p>${esc(err.message)}</p>`;
    return;
  }
  const names = [...await namesOf(d.source), ...await namesOf(d.target)];
  const label = iri => esc((state.labels.get(iri) || {}).label || local(iri));
  $('details').innerHTML = `<h2>${label(d.source)} – ${esc(d.relation)} – ${label(d.target)}</h2>
    <p>${claims.length} claim${claims.length === 1 ? '' : 's'}</p>` + claims.map(c => `
    <div class="claim">
      <div><strong>${esc(c.subjectLabel || local(c.subject))}</strong> ${esc(c.relation)} <strong>${esc(c.objectLabel || local(c.object))}</strong></div>
      <blockquote class="evidence">${highlight(c.evidence, names)}</blockquote>
      <div class="meta">
        <a href="/api/articles/${encodeURIComponent(c.article)}">${esc(c.title || local(c.article))}</a><br>
        ${esc(c.publisher || 'unknown publisher')} · ${esc(c.issued || 'undated')}<br>
        said by: ${esc(c.attributedToLabel || c.attribution || (c.attributedTo ? local(c.attributedTo) : 'the article itself'))} ·
        ${esc(c.polarity)} · ${esc(c.modality)} · confidence ${esc(c.confidence)}
      </div>
    </div>`).join('');
}

// ---------- paths ----------

async function showPaths(from, to) {
  setStatus('Looking for paths…');
  let answer;
  try {
    answer = await api('/api/paths?' + new URLSearchParams({ from, to }));
  } catch (err) {
    setStatus('No path: ' + err.message);
    return;
  }
  if (!answer.paths.length) {
    setStatus(`No path of at most 3 steps between ${from} and ${to}.`);
    return;
  }
  state.path = answer.paths;
  const iris = [...new Set(answer.paths.flatMap(p => p.flatMap(s => [s.from, s.to])))];
  await Promise.all(iris.map(i => describe(i).catch(() => null)));
  const nodes = iris.map(i => {
    const d = state.labels.get(i) || { label: local(i), type: '' };
    return { data: { id: i, label: d.label, type: d.type, colour: colour(TYPE_COLOURS, d.type) },
      classes: i === answer.from || i === answer.to ? 'expanded' : '' };
  });
  const edges = new Map();
  for (const p of answer.paths) {
    for (const s of p) {
      for (const r of s.relations) {
        const id = s.from + '|' + r + '|' + s.to;
        edges.set(id, { data: { id, source: s.from, target: s.to, relation: r, claims: 1, width: 3, colour: colour(RELATION_COLOURS, r) }, classes: 'path' });
      }
    }
  }
  draw({ nodes, edges: [...edges.values()] }, 'breadthfirst');
  setStatus(`${answer.paths.length} path${answer.paths.length === 1 ? '' : 's'} between ${(state.labels.get(answer.from) || {}).label} and ${(state.labels.get(answer.to) || {}).label}`);
  updateDownloads();
}

// ---------- start ----------

async function loadPublishersAndDates() {
  try {
    const publishers = await api('/api/publishers');
    const select = $('publisher');
    for (const p of publishers) {
      const o = document.createElement('option');
      o.value = p.publisher;
      o.textContent = `${p.publisher} (${p.articles})`;
      select.appendChild(o);
    }
    const firsts = publishers.map(p => p.first).filter(Boolean).sort();
    const lasts = publishers.map(p => p.last).filter(Boolean).sort();
    if (firsts.length) {
      const days = [];
      for (let d = new Date(firsts[0] + 'T00:00:00Z'); d <= new Date(lasts[lasts.length - 1] + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
        days.push(d.toISOString().slice(0, 10));
      }
      state.dates = days;
      $('since').max = $('until').max = String(days.length - 1);
      $('since').value = '0';
      $('until').value = String(days.length - 1);
    }
  } catch (err) {
    $('dates').disabled = true;
  }
  showDates();
}

function showDates() {
  $('since-value').textContent = state.dates[Number($('since').value)] || '–';
  $('until-value').textContent = state.dates[Number($('until').value)] || '–';
}

function init() {
  cy = cytoscape({
    container: $('graph'),
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 1.4, // a small neighbourhood is not blown up to fill the pane
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom',
        'text-margin-y': 3, width: 18, height: 18, 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
      { selector: 'node.expanded', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#222', 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', opacity: 0.75,
        'target-arrow-shape': 'none' } },
      { selector: 'edge.path', style: { 'line-style': 'solid', opacity: 1 } },
      { selector: ':selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.25 } }
    ]
  });
  window.explorer = { cy, state }; // for tests and the console
  cy.on('tap', 'node', async evt => {
    const iri = evt.target.id();
    await nodeDetails(iri);
    if (!state.path && !state.expanded.includes(iri)) {
      state.expanded.push(iri);
      await redraw();
    }
  });
  cy.on('tap', 'edge', evt => edgeDetails(evt.target));

  const search = $('search');
  search.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => suggest(search.value), 150);
  });
  search.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!suggestions.length) return;
      e.preventDefault();
      selected = (selected + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
      renderSuggestions();
    } else if (e.key === 'Escape') {
      suggestions = []; renderSuggestions();
    }
  });
  $('suggestions').addEventListener('mousedown', e => {
    const li = e.target.closest('li');
    if (li) { e.preventDefault(); choose(li.dataset.id); }
  });
  $('search-form').addEventListener('submit', async e => {
    e.preventDefault();
    if (selected >= 0 && suggestions[selected]) { choose(suggestions[selected].id); return; }
    const q = search.value.trim();
    if (!q) return;
    try {
      const found = await api('/api/entities?limit=1&q=' + encodeURIComponent(q));
      if (found.length) choose(found[0].id); else setStatus(`Nothing is known by the name “${q}”.`);
    } catch (err) { setStatus(err.message); }
  });
  $('details').addEventListener('click', e => {
    const a = e.target.closest('a[data-entity]');
    if (a) { e.preventDefault(); show(a.dataset.entity); }
  });
  const refilter = () => { if (state.root && !state.path) redraw(); };
  $('min-confidence').addEventListener('input', () => { $('min-confidence-value').textContent = Number($('min-confidence').value).toFixed(2); });
  $('min-confidence').addEventListener('change', refilter);
  $('predecessors').addEventListener('change', refilter);
  $('publisher').addEventListener('change', refilter);
  for (const id of ['since', 'until']) {
    $(id).addEventListener('input', () => {
      if (Number($('since').value) > Number($('until').value)) {
        (id === 'since' ? $('until') : $('since')).value = $(id).value;
      }
      showDates();
    });
    $(id).addEventListener('change', refilter);
  }
  for (const [id, hidden] of [['relations', state.hiddenRelations], ['types', state.hiddenTypes]]) {
    $(id).addEventListener('change', e => {
      if (e.target.type !== 'checkbox') return;
      if (e.target.checked) hidden.delete(e.target.value); else hidden.add(e.target.value);
      if (state.root && !state.path) { draw(elements()); setStatus(`${cy.nodes().length} entities, ${cy.edges().length} relations drawn`); updateDownloads(); }
    });
  }
  $('path-form').addEventListener('submit', e => {
    e.preventDefault();
    const from = $('path-from').value.trim();
    const to = $('path-to').value.trim();
    if (from && to) showPaths(from, to);
  });
  loadPublishersAndDates();
  // ?entity= takes an IRI or an id (a link to a view), or a name to search for
  const start = new URLSearchParams(location.search).get('entity');
  if (start && (start.startsWith('http') || /^[a-z0-9-]+$/.test(start))) {
    show(start.startsWith('http') ? start : 'https://w3id.org/conflict-kg/id/' + start).catch(err => setStatus(err.message));
  } else if (start) {
    api('/api/entities?limit=1&q=' + encodeURIComponent(start)).then(f => f.length && show(f[0].id)).catch(err => setStatus(err.message));
  }
}

document.addEventListener('DOMContentLoaded', init);
