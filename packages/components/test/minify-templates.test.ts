import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../scripts/minify-templates.ts';

test('markup: line breaks and indentation become one space; bindings stay as written', () => {
  const source = 'const t = html`\n  <p class="a">\n    ${x}\n  </p>\n  <b>${y}</b>`;';
  assert.equal(minifyTemplates(source), 'const t = html` <p class="a"> ${x} </p> <b>${y}</b>`;');
});

test('markup with <pre> keeps its text as written', () => {
  const source = 'const t = html`<pre>\n  a\n    b</pre>`;';
  assert.equal(minifyTemplates(source), source);
});

test('css: minified as a stylesheet, bindings kept in place, strings kept', () => {
  const source =
    "const s = css`\n  /* why */\n  :host {\n    content: ' , ';\n    color: ${c};\n  }\n  a > b, c {\n    margin: 0 calc(1rem + 2px);\n  }\n`;";
  assert.equal(
    minifyTemplates(source),
    'const s = css`:host{content:" , ";color:${c}}a>b,c{margin:0 calc(1rem + 2px)}`;',
  );
});

test('nested templates inside bindings are minified too', () => {
  const source = 'html`<ul>\n  ${items.map((i) => html`\n    <li>${i}</li>`)}\n</ul>`';
  assert.equal(
    minifyTemplates(source),
    'html`<ul> ${items.map((i) => html` <li>${i}</li>`)} </ul>`',
  );
});

test('css: numbers and colours shortened, rules that say the same merged', () => {
  const source =
    'css`\n  a { padding: 0.25em 0px; color: #ffffff; }\n  b { padding: 0.25em 0px; color: #ffffff; }\n`';
  assert.equal(minifyTemplates(source), 'css`a,b{padding:.25em 0;color:#fff}`');
});

test('css: bindings for a block or a selector stay; one esbuild would drop falls back', () => {
  const block = 'css`\n  :host {\n    ${light}\n  }\n  a { color: red; }\n`';
  assert.equal(minifyTemplates(block), 'css`:host{${light}}a{color:red}`');
  // esbuild drops an empty rule, and its placeholder with it: whitespace only then.
  const dropped = 'css`\n  ${tag} {}\n  a { color: red; }\n`';
  assert.equal(minifyTemplates(dropped), 'css`${tag}{}a{color: red}`');
  const selector = 'css`\n  ${tag} .x {\n    color: red;\n  }\n`';
  assert.equal(minifyTemplates(selector), 'css`${tag} .x{color:red}`');
});

test('css: text with escapes is left to the whitespace minifier', () => {
  const source = "css`\n  a::before {\n    content: '\\2014';\n  }\n`";
  assert.equal(minifyTemplates(source), "css`a::before{content: '\\2014'}`");
});
