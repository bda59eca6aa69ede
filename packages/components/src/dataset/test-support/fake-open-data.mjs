// A local fake Socrata (SODA 2.x) and a fake CKAN (datastore_search) for the dataset
// widget's tests: a @web/dev-server middleware, so the test's own server answers on the
// same origin. It mimics what the real portals do that trips clients up: numbers as
// strings, null fields left out, types in the `X-SODA2-Types` header, paging with
// `$limit`/`$offset`, and faults picked by the first path segment after the portal:
//
//   /fake/socrata/<scenario>/resource/abcd-1234.json    /fake/socrata/<scenario>/api/views/abcd-1234.json
//   /fake/ckan/<scenario>/api/3/action/datastore_search
//
// Scenarios: `ok`, `held-<token>` (answers once the test asks
// `/fake/release?scenario=held-<token>`: data arriving late when the test says, never after a
// guessed delay), `error500`, `malformed` (broken JSON), `rate-<token>` (the first request of
// each token gets 429 with `Retry-After: 1`), `rate-long` (always 429 with `Retry-After: 120`),
// `drop` (closes the connection), `page2fail-<token>` (the first request for a later page fails
// with 500).

import { gate } from './gates.mjs';

const ENTITIES = [
  'Alcaldía de Ejemplo',
  'Secretaría de Salud',
  'Instituto de Desarrollo Urbano',
  'Secretaría de Educación',
  'Empresa de Acueducto',
];

/** The fake data set: 250 contracts; every tenth has no value (Socrata omits the field). */
export function fakeContracts(count = 250) {
  const rows = [];
  for (let i = 1; i <= count; i++) {
    const row = {
      ':id': `row-${String(i).padStart(4, '0')}`,
      entidad: ENTITIES[(i - 1) % ENTITIES.length],
      objeto: `Contrato número ${i}`,
      fecha_firma: `2025-${String(((i - 1) % 12) + 1).padStart(2, '0')}-15T00:00:00.000`,
      activo: i % 2 === 0,
      enlace: { url: i === 3 ? 'javascript:alert(1)' : `https://www.secop.gov.co/contrato/${i}` },
    };
    if (i % 10 !== 0) row.valor = `${i * 1500000}.25`;
    rows.push(row);
  }
  return rows;
}

const FIELDS = ['entidad', 'objeto', 'valor', 'fecha_firma', 'activo', 'enlace'];
const TYPES = ['text', 'text', 'number', 'calendar_date', 'checkbox', 'url'];

const data = fakeContracts();
const seenTokens = new Set();

export const fakeLog = [];

// Answers are recorded on the request context, then written by the middleware (or turned
// into a `Response` by a story's fetch shim).
function send(ctx, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  ctx.answer = {
    status,
    body: text,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  };
}

/** Applies the scenario's fault; returns true when the response has been sent. */
async function fault(ctx, scenario) {
  if (scenario.startsWith('held-')) await gate(scenario).opened;
  if (scenario === 'error500') {
    send(ctx, 500, '{"error":true,"message":"Internal error"}', {
      'Content-Type': 'application/json',
    });
    return true;
  }
  if (scenario === 'rate-long') {
    send(ctx, 429, '{"message":"Too many requests"}', {
      'Content-Type': 'application/json',
      'Retry-After': '120',
    });
    return true;
  }
  if (scenario.startsWith('rate-') && !seenTokens.has(scenario)) {
    seenTokens.add(scenario);
    send(ctx, 429, '{"message":"Too many requests"}', {
      'Content-Type': 'application/json',
      'Retry-After': '1',
    });
    return true;
  }
  // The second page fails once (HTTP 500), then answers: a fault in the middle of browsing.
  if (
    scenario.startsWith('page2fail-') &&
    Number(ctx.URL.searchParams.get('$offset') ?? 0) > 0 &&
    !seenTokens.has(scenario)
  ) {
    seenTokens.add(scenario);
    send(ctx, 500, '{"error":true}', { 'Content-Type': 'application/json' });
    return true;
  }
  if (scenario === 'malformed') {
    send(ctx, 200, '[{"entidad": "Alcaldía", "valor": "12', { 'Content-Type': 'application/json' });
    return true;
  }
  if (scenario === 'drop') {
    ctx.answer = { drop: true };
    return true;
  }
  return false;
}

const upper = (v) => String(v ?? '').toUpperCase();
const num = (v) => (v === undefined ? NaN : Number(v));

/** The subset of SoQL `$where` the widget writes: `upper(f) like '%X%'` and `f <op> n`, joined by AND. */
function soqlPredicate(where) {
  if (!where) return () => true;
  const clauses = where.split(/\s+AND\s+/i).map((c) => c.trim().replace(/^\((.*)\)$/, '$1'));
  const tests = clauses.map((clause) => {
    let m = /^upper\(`?(\w+)`?\)\s+like\s+'((?:[^']|'')*)'$/i.exec(clause);
    if (m) {
      const field = m[1];
      const needle = m[2].replace(/''/g, "'").replace(/^%|%$/g, '');
      return (row) => upper(row[field]).includes(needle);
    }
    m = /^`?(\w+)`?\s*(>=|<=|!=|=|>|<)\s*(-?\d+(?:\.\d+)?)$/.exec(clause);
    if (m) {
      const [, field, op, value] = m;
      const n = Number(value);
      return (row) => {
        const v = num(row[field]);
        if (Number.isNaN(v)) return false;
        return op === '>'
          ? v > n
          : op === '<'
            ? v < n
            : op === '>='
              ? v >= n
              : op === '<='
                ? v <= n
                : op === '='
                  ? v === n
                  : v !== n;
      };
    }
    throw new Error(`Unsupported SoQL: ${clause}`);
  });
  return (row) => tests.every((t) => t(row));
}

function compareBy(field, desc, type) {
  return (a, b) => {
    const x = a[field];
    const y = b[field];
    // Both portals sort on PostgreSQL: nulls last ascending, first descending.
    const xm = x === undefined || x === null;
    const ym = y === undefined || y === null;
    if (xm || ym) return xm === ym ? 0 : (xm ? 1 : -1) * (desc ? -1 : 1);
    const c =
      type === 'number'
        ? num(x) - num(y)
        : String(x) < String(y)
          ? -1
          : String(x) > String(y)
            ? 1
            : 0;
    return desc ? -c : c;
  };
}

function soqlOrder(order) {
  const keys = (order || ':id').split(',').map((part) => {
    const [field, dir] = part.trim().replace(/`/g, '').split(/\s+/);
    return compareBy(field, /^desc$/i.test(dir ?? ''), TYPES[FIELDS.indexOf(field)] ?? 'text');
  });
  return (a, b) => {
    for (const k of keys) {
      const c = k(a, b);
      if (c) return c;
    }
    return 0;
  };
}

function fullText(q) {
  const needle = upper(q);
  return (row) =>
    !needle ||
    FIELDS.some((f) => upper(typeof row[f] === 'object' ? row[f].url : row[f]).includes(needle));
}

async function socrata(ctx, scenario, rest) {
  if (await fault(ctx, scenario)) return;
  const params = ctx.URL.searchParams;
  if (/^api\/views\/[a-z0-9]{4}-[a-z0-9]{4}\.json$/.test(rest)) {
    send(ctx, 200, {
      id: 'abcd-1234',
      name: 'Contratos de prueba 2025',
      description: 'Contratos firmados por las entidades del distrito (datos de prueba).',
      attribution: 'Secretaría de Transparencia',
      category: 'Contratación',
      tags: ['contratos', 'secop'],
      license: { name: 'Creative Commons Attribution 4.0' },
      rowsUpdatedAt: 1735689600,
      columns: [
        { fieldName: 'entidad', name: 'Entidad' },
        { fieldName: 'objeto', name: 'Objeto del contrato' },
        { fieldName: 'valor', name: 'Valor del contrato' },
        { fieldName: 'fecha_firma', name: 'Fecha de firma' },
        { fieldName: 'activo', name: 'Activo' },
        { fieldName: 'enlace', name: 'Enlace' },
      ],
      metadata: {
        custom_fields: { 'Información de Datos': { 'Frecuencia de Actualización': 'Mensual' } },
      },
    });
    return;
  }
  if (!/^resource\/[a-z0-9]{4}-[a-z0-9]{4}\.json$/.test(rest)) {
    send(ctx, 404, { error: true, message: 'Not found' });
    return;
  }
  let rows;
  try {
    rows = data.filter(soqlPredicate(params.get('$where'))).filter(fullText(params.get('$q')));
  } catch (e) {
    send(ctx, 400, { error: true, message: String(e.message) });
    return;
  }
  if (/^count\(\*\)/i.test(params.get('$select') ?? '')) {
    send(ctx, 200, [{ count: String(rows.length) }], {
      'X-SODA2-Fields': '["count"]',
      'X-SODA2-Types': '["number"]',
    });
    return;
  }
  rows = [...rows].sort(soqlOrder(params.get('$order')));
  const offset = Number(params.get('$offset') ?? 0);
  const limit = Number(params.get('$limit') ?? 1000);
  const page = rows.slice(offset, offset + limit).map((r) => {
    const out = {};
    for (const f of FIELDS) if (r[f] !== undefined) out[f] = r[f];
    return out;
  });
  send(ctx, 200, page, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-SODA2-Fields': JSON.stringify(FIELDS),
    'X-SODA2-Types': JSON.stringify(TYPES),
    'Access-Control-Expose-Headers': 'X-SODA2-Fields, X-SODA2-Types',
  });
}

const CKAN_TYPES = {
  entidad: 'text',
  objeto: 'text',
  valor: 'numeric',
  fecha_firma: 'timestamp',
  activo: 'bool',
  enlace: 'text',
};

async function ckan(ctx, scenario, rest) {
  if (await fault(ctx, scenario)) return;
  if (rest !== 'api/3/action/datastore_search') {
    send(ctx, 404, { success: false, error: { message: 'Not found', __type: 'Not Found Error' } });
    return;
  }
  const params = ctx.URL.searchParams;
  if (params.get('resource_id') !== 'res-contratos') {
    send(ctx, 404, {
      success: false,
      error: { message: 'Not found: Resource was not found.', __type: 'Not Found Error' },
    });
    return;
  }
  let rows = data.map((r, i) => ({
    _id: i + 1,
    entidad: r.entidad,
    objeto: r.objeto,
    // CKAN returns numeric columns as JSON numbers, and nulls as null.
    valor: r.valor === undefined ? null : Number(r.valor),
    fecha_firma: r.fecha_firma.slice(0, 19),
    activo: r.activo,
    enlace: r.enlace.url,
  }));
  const q = params.get('q');
  if (q) {
    let dict = null;
    try {
      dict = q.startsWith('{') ? JSON.parse(q) : null;
    } catch {
      dict = null;
    }
    if (dict)
      rows = rows.filter((r) =>
        Object.entries(dict).every(([f, v]) => upper(r[f]).includes(upper(v).replace(/:\*$/, ''))),
      );
    else
      rows = rows.filter((r) =>
        Object.keys(CKAN_TYPES).some((f) => upper(r[f]).includes(upper(q))),
      );
  }
  const fullTextQuery = params.get('full_text');
  if (fullTextQuery)
    rows = rows.filter((r) =>
      Object.keys(CKAN_TYPES).some((f) => upper(r[f]).includes(upper(fullTextQuery))),
    );
  const filters = params.get('filters');
  if (filters) {
    const dict = JSON.parse(filters);
    rows = rows.filter((r) => Object.entries(dict).every(([f, v]) => String(r[f]) === String(v)));
  }
  const sort = params.get('sort');
  if (sort) {
    const [field, dir] = sort.replace(/"/g, '').split(/\s+/);
    rows = [...rows].sort(
      compareBy(
        field,
        /^desc$/i.test(dir ?? ''),
        CKAN_TYPES[field] === 'numeric' ? 'number' : 'text',
      ),
    );
  }
  const offset = Number(params.get('offset') ?? 0);
  const limit = Number(params.get('limit') ?? 100);
  send(ctx, 200, {
    help: 'https://datos.example.org/api/3/action/help_show?name=datastore_search',
    success: true,
    result: {
      resource_id: 'res-contratos',
      fields: [
        { id: '_id', type: 'int' },
        ...Object.entries(CKAN_TYPES).map(([id, type]) => ({ id, type })),
      ],
      records: rows.slice(offset, offset + limit),
      total: rows.length,
      limit,
      offset,
    },
  });
}

/**
 * The fake portals' answer to `url` (a URL object): `{ status, headers, body }`,
 * `{ drop: true }` for a dropped connection, or null when the URL is not theirs.
 */
export async function fakeAnswer(url) {
  const ctx = { URL: url, path: url.pathname, url: url.pathname + url.search, answer: null };
  if (ctx.path === '/fake/log') {
    // What the widget asked for, so tests can check paging and server-side queries.
    const scenario = url.searchParams.get('scenario') ?? '';
    send(
      ctx,
      200,
      fakeLog.filter((line) => line.split(' ')[1] === scenario).map((line) => line.split(' ')[2]),
    );
    return ctx.answer;
  }
  if (ctx.path === '/fake/release') {
    gate(url.searchParams.get('scenario') ?? '').open();
    send(ctx, 200, 'released');
    return ctx.answer;
  }
  const m = /^\/fake\/(socrata|ckan)\/([\w-]+)\/(.*)$/.exec(ctx.path);
  if (!m) return null;
  const [, portal, scenario, rest] = m;
  fakeLog.push(`${portal} ${scenario} ${ctx.url}`);
  if (portal === 'socrata') await socrata(ctx, scenario, rest);
  else await ckan(ctx, scenario, rest);
  return ctx.answer;
}

/** The middleware: add it to a web-test-runner / web-dev-server config's `middleware`. */
export async function fakeOpenDataMiddleware(ctx, next) {
  const answer = await fakeAnswer(ctx.URL);
  if (!answer) return next();
  ctx.respond = false;
  if (answer.drop) {
    ctx.req.socket.destroy();
    return;
  }
  // Written straight to the socket: the test server's own middleware would otherwise mark
  // the answer cacheable for a year, and a cached 429 would never let a retry through.
  ctx.res.writeHead(answer.status, answer.headers);
  ctx.res.end(answer.body);
}
