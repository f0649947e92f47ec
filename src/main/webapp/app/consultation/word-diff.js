// A word diff in the browser, to preview a proposed replacement as a redline before it is sent
// (the server's own diff is shown once it is). Ops have the API's shape: {kind, text}.

const TOKEN = /\s+|[^\s\p{P}]+|\p{P}/gu;
// Past this many token pairs the table costs too much; the preview then replaces the whole span.
const MAX_CELLS = 4_000_000;

export function wordDiff(before, after) {
  const a = before.match(TOKEN) || [];
  const b = after.match(TOKEN) || [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops = [];
  push(ops, 'equal', a.slice(0, head).join(''));
  for (const op of middle(midA, midB)) push(ops, op.kind, op.text);
  push(ops, 'equal', a.slice(a.length - tail).join(''));
  return ops;
}

function middle(a, b) {
  if (a.length * b.length > MAX_CELLS) {
    return [
      { kind: 'delete', text: a.join('') },
      { kind: 'insert', text: b.join('') },
    ];
  }
  // Longest common subsequence, lengths from the end so the walk below goes forwards.
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(ops, 'equal', a[i++]);
      j += 1;
    } else if (j < b.length && (i === a.length || table[i * width + j + 1] >= table[(i + 1) * width + j])) {
      push(ops, 'insert', b[j++]);
    } else {
      push(ops, 'delete', a[i++]);
    }
  }
  return ops;
}

/** Appends text to ops, merging with the previous op of the same kind. */
function push(ops, kind, text) {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.kind === kind) last.text += text;
  else ops.push({ kind, text });
}

/** Shortens long unchanged stretches to their ends, so a redline shows the change in context. */
export function inContext(ops, keep = 80) {
  return ops.map((op, index) => {
    const kind = String(op.kind).toLowerCase();
    if (kind !== 'equal' || op.text.length <= keep * 2) return op;
    const first = index === 0;
    const last = index === ops.length - 1;
    const chars = [...op.text];
    if (first) return { kind, text: `… ${chars.slice(-keep).join('')}` };
    if (last) return { kind, text: `${chars.slice(0, keep).join('')} …` };
    return { kind, text: `${chars.slice(0, keep).join('')} … ${chars.slice(-keep).join('')}` };
  });
}
