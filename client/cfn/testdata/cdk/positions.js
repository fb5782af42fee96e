// Prints where members of a JSON file start, as EXPECTED.md gives them:
//
//   node positions.js FILE PATH...
//
// PATH is dotted, with [i] for a list item (0-based), as in
// Resources.PoolBadTokensCB11537B.Properties.AccessTokenValidity or
// Resources.PoolBadCallback0D6CF809.Properties.CallbackURLs[1]. For each, it
// prints "PATH key L:C value L:C": the line and column (1-based, the column
// in Unicode code points) of the member's key (of the item itself, for a
// list item) and of its value. No dependencies: a small JSON scanner.
//
//   node positions.js --check EXPECTED.md DIR
//
// checks every table row of EXPECTED.md of the form
// | `FILE` | `PATH` | key L:C | value L:C | against FILE in DIR (the golden
// templates), so that the positions stay true when the templates change.
'use strict';

const fs = require('fs');

function scan(text) {
  const out = new Map(); // path -> { key, value }
  let i = 0;
  let line = 1;
  let col = 1;
  const pos = () => `${line}:${col}`;
  const advance = () => {
    const cp = text.codePointAt(i);
    i += cp > 0xffff ? 2 : 1;
    if (cp === 0x0a) {
      line++;
      col = 1;
    } else {
      col++;
    }
  };
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) advance();
  };
  const expect = (c) => {
    if (text[i] !== c) throw new Error(`want ${c} at ${pos()}, have ${JSON.stringify(text[i])}`);
    advance();
  };
  const string = () => {
    const start = i;
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length) throw new Error('unterminated string');
      if (text[i] === '\\') advance();
      advance();
    }
    advance();
    return JSON.parse(text.slice(start, i));
  };
  const value = (path, keyPos) => {
    ws();
    out.set(path, { key: keyPos, value: pos() });
    const c = text[i];
    if (c === '{') {
      advance();
      ws();
      if (text[i] === '}') return advance();
      for (;;) {
        ws();
        const kp = pos();
        const k = string();
        ws();
        expect(':');
        value(path === '' ? k : `${path}.${k}`, kp);
        ws();
        if (text[i] === ',') { advance(); continue; }
        return expect('}');
      }
    }
    if (c === '[') {
      advance();
      ws();
      if (text[i] === ']') return advance();
      for (let n = 0; ; n++) {
        ws();
        value(`${path}[${n}]`, pos());
        ws();
        if (text[i] === ',') { advance(); continue; }
        return expect(']');
      }
    }
    if (c === '"') return void string();
    while (i < text.length && !',]} \t\r\n'.includes(text[i])) advance();
  };
  value('', '1:1');
  return out;
}

function check(expected, dir) {
  const path = require('path');
  const row = /^\|\s*`([^`]+\.template\.json)`\s*\|\s*`([^`]+)`\s*\|\s*(\d+:\d+)\s*\|\s*(\d+:\d+)\s*\|/;
  const scans = new Map();
  let rows = 0;
  let bad = 0;
  for (const [n, text] of fs.readFileSync(expected, 'utf8').split('\n').entries()) {
    const m = row.exec(text);
    if (!m) continue;
    rows++;
    const [, file, p, key, value] = m;
    if (!scans.has(file)) scans.set(file, scan(fs.readFileSync(path.join(dir, file), 'utf8')));
    const at = scans.get(file).get(p);
    if (!at) {
      console.error(`${expected}:${n + 1}: ${p} is not in ${file}`);
      bad++;
    } else if (at.key !== key || at.value !== value) {
      console.error(`${expected}:${n + 1}: ${file} ${p}: have key ${at.key} value ${at.value}, EXPECTED.md says key ${key} value ${value}`);
      bad++;
    }
  }
  if (rows === 0) {
    console.error(`${expected}: no position rows`);
    bad++;
  }
  if (bad === 0) console.log(`${expected}: ${rows} positions agree with ${dir}`);
  process.exit(bad ? 1 : 0);
}

const args = process.argv.slice(2);
if (args[0] === '--check') {
  if (args.length !== 3) {
    console.error('usage: node positions.js --check EXPECTED.md DIR');
    process.exit(2);
  }
  check(args[1], args[2]);
}
const [file, ...paths] = args;
if (!file) {
  console.error('usage: node positions.js FILE PATH...');
  process.exit(2);
}
const found = scan(fs.readFileSync(file, 'utf8'));
let missing = 0;
for (const p of paths) {
  const at = found.get(p);
  if (!at) {
    console.error(`${p}: not in ${file}`);
    missing++;
    continue;
  }
  console.log(`${p} key ${at.key} value ${at.value}`);
}
process.exit(missing ? 1 : 0);
