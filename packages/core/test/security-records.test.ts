// Data never inherits: parsed JSON and reader results made prototype-less read a missing
// field as missing, whatever another script put on Object.prototype.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentRelativePath, ownField, withoutPrototypes } from '../src/index.ts';

test('a prototype-less record reads a missing field as missing, even __proto__', () => {
  const rows = withoutPrototypes(
    JSON.parse(
      '[{"nombre":"A","__proto__":"x","enlace":{"url":"https://a.example"}},{"nombre":"B"}]',
    ) as Record<string, unknown>[],
  );
  Object.defineProperty(Object.prototype, 'url', {
    value: 'https://evil.example',
    configurable: true,
  });
  try {
    assert.equal(rows[0]['__proto__'], 'x');
    assert.equal(rows[1]['__proto__'], undefined);
    assert.equal(rows[1]['constructor'], undefined);
    assert.equal((rows[1] as { url?: string }).url, undefined);
    assert.equal((rows[0].enlace as { url: string }).url, 'https://a.example');
    assert.ok(Array.isArray(rows), 'arrays keep their methods');
    assert.equal(JSON.stringify(rows[1]), '{"nombre":"B"}');
    const plain: { url?: string } = {};
    assert.equal(ownField(plain, 'url'), undefined);
    assert.equal(ownField({ url: 'https://b.example' }, 'url'), 'https://b.example');
  } finally {
    delete (Object.prototype as { url?: string }).url;
  }
});

test('class instances, maps and cycles are left alone or walked once', () => {
  const map = new Map([['a', 1]]);
  const list: unknown[] = [];
  list.push(list, { map });
  withoutPrototypes(list);
  assert.equal(Object.getPrototypeOf(map), Map.prototype);
  assert.equal(Object.getPrototypeOf(list[1]), null);
});

test('site.yaml paths are content-relative, never links elsewhere', () => {
  assert.equal(contentRelativePath('media/logo.svg'), 'media/logo.svg');
  assert.equal(contentRelativePath('./media/logo.svg'), 'media/logo.svg');
  assert.equal(contentRelativePath('media/escudo de armas.png'), 'media/escudo de armas.png');
  for (const bad of [
    '\\evil.example/x.svg',
    '/\\evil.example/x.svg',
    '//evil.example/x.svg',
    '/media/logo.svg',
    'https://evil.example/x.svg',
    'javascript:alert(1)',
    'media/../../etc/passwd',
    'media//logo.svg',
    'media/\nlogo.svg',
    '',
  ])
    assert.equal(contentRelativePath(bad), undefined, JSON.stringify(bad));
});
