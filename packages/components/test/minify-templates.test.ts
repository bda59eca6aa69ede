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

test('css: comments go, spaces shrink around braces and separators, strings are kept', () => {
  const source =
    "const s = css`\n  /* why */\n  :host {\n    content: ' , ';\n    color: ${c};\n  }\n  a > b, c {\n    margin: 0 calc(1rem + 2px);\n  }\n`;";
  assert.equal(
    minifyTemplates(source),
    "const s = css`:host{content:' , ';color:${c}}a>b,c{margin:0 calc(1rem + 2px)}`;",
  );
});

test('nested templates inside bindings are minified too', () => {
  const source = 'html`<ul>\n  ${items.map((i) => html`\n    <li>${i}</li>`)}\n</ul>`';
  assert.equal(
    minifyTemplates(source),
    'html`<ul> ${items.map((i) => html` <li>${i}</li>`)} </ul>`',
  );
});

test('css: a comment with an apostrophe goes too, and a comment start in a string is kept', () => {
  const source =
    "const s = css`\n  /* the widget's own reset */\n  :host {\n    content: '/* not a comment */';\n  }\n  a/* x */b {\n    color: red !important;\n  }\n`;";
  assert.equal(
    minifyTemplates(source),
    "const s = css`:host{content:'/* not a comment */'}a b{color:red!important}`;",
  );
});

test('css: a comment or a string left open across a binding leaves the template as written', () => {
  const comment = 'const s = css`\n  /* open ${x} */\n  a {\n    color: red;\n  }\n`;';
  assert.equal(minifyTemplates(comment), comment);
  const quote = "const s = css`\n  a {\n    content: '${x}';\n  }\n`;";
  assert.equal(minifyTemplates(quote), quote);
});
