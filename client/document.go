package client

import (
	"github.com/cognitokit/appclient/internal/jsonlex"
	"github.com/cognitokit/appclient/internal/spec"
)

// DecodeCheck decodes data as op (Auto detects it, as Detect does) and checks
// what decoded. It returns the op used and every violation: decoding
// violations first, then Check's. A malformed document is not checked
// further, and Check's findings at a member that already failed to decode
// (or inside it) are left out, so one mistake is reported once.
func DecodeCheck(data []byte, op Op) (Op, Violations) {
	return DecodeCheckPool(data, op, nil)
}

// DecodeCheckPool is DecodeCheck with the pool rules applied for every fact
// pool knows (see CheckPool). A nil pool makes it DecodeCheck.
func DecodeCheckPool(data []byte, op Op, pool *Pool) (Op, Violations) {
	var rec record
	op, vs, _ := decodeCheck(data, op, facts{one: pool}, &rec)
	return op, vs
}

// DecodeCheckPools is DecodeCheck with the pool rules applied for the facts
// pools holds about the app client's own pool, the one its UserPoolId
// names. A client whose UserPoolId is absent, or names a pool pools knows
// nothing about, gets no pool rules, as with DecodeCheck.
func DecodeCheckPools(data []byte, op Op, pools *Pools) (Op, Violations) {
	var rec record
	op, vs, _ := decodeCheck(data, op, facts{many: pools}, &rec)
	return op, vs
}

// A Document is one input read by DecodeCheckDocument: its op, its
// violations, and where in the input each violation is.
type Document struct {
	Op         Op         // the op the input was read as
	Violations Violations // what DecodeCheckPool returns

	data []byte
	at   []int // the byte offset of each violation
}

// Position is a place in a document. Lines end at LF, CR LF or a lone CR,
// as editors and SARIF count them.
type Position struct {
	Offset      int // bytes from the start of the document
	Line        int // 1-based
	Column      int // 1-based, in characters (a byte of invalid UTF-8 counts one)
	UTF16Column int // 1-based, in UTF-16 code units, as SARIF and LSP count columns
}

// DecodeCheckDocument is DecodeCheckPool that also records, as it reads,
// where each member and list item of data starts, so that the position of
// each violation is known without reading data again. Recording costs
// allocations that DecodeCheckPool does not make; use it when positions are
// wanted. The Document refers to data, which must not change while it is
// used.
func DecodeCheckDocument(data []byte, op Op, pool *Pool) *Document {
	return decodeCheckDocument(data, op, facts{one: pool})
}

// DecodeCheckDocumentPools is DecodeCheckDocument with the facts pools
// holds about the app client's own pool, as DecodeCheckPools chooses them.
func DecodeCheckDocumentPools(data []byte, op Op, pools *Pools) *Document {
	return decodeCheckDocument(data, op, facts{many: pools})
}

func decodeCheckDocument(data []byte, op Op, poolOf facts) *Document {
	rec := record{pos: newPositions()}
	op, vs, decoded := decodeCheck(data, op, poolOf, &rec)
	doc := &Document{Op: op, Violations: vs, data: data, at: make([]int, len(vs))}
	var items map[string][]int // violations at list items, by path
	for i, v := range vs {
		if i < decoded && i < len(rec.pos.at) && rec.pos.at[i] >= 0 {
			doc.at[i] = rec.pos.at[i] // where the decoder was when it found it
		} else if k, ok := rec.pos.paths[v.Path]; ok {
			doc.at[i] = rec.pos.offset(k)
		} else {
			if items == nil {
				items = map[string][]int{}
			}
			items[v.Path] = append(items[v.Path], i)
		}
	}
	rec.pos.items(items, doc.at)
	return doc
}

// Position returns where Violations[i] is in the document:
//   - for json.syntax, the byte that is not well-formed JSON (the start of
//     the document for an empty one);
//   - for another violation found while decoding, the name of the member
//     being read (for the n-th json.duplicate-member report of a member, its
//     (n+1)-th occurrence) or the first byte of the list item;
//   - for one of Check's, the name of the member at its path (the last
//     occurrence, whose value is checked) or the first byte of the list
//     item, and, for a member the document does not have, the name of the
//     nearest enclosing member it has;
//   - otherwise, and for an i out of range, the start of the document.
func (d *Document) Position(i int) Position {
	offset := 0
	if i >= 0 && i < len(d.at) {
		offset = d.at[i]
	}
	p := jsonlex.Position(d.data, offset)
	return Position{Offset: offset, Line: p.Line, Column: p.Column, UTF16Column: p.UTF16Column}
}

// decodeCheck decodes and checks data, recording failures (and positions,
// with rec.pos) in rec, with the pool facts poolOf gives for the decoded
// members. It also returns how many of the violations come from decoding.
func decodeCheck(data []byte, op Op, poolOf facts, rec *record) (Op, Violations, int) {
	var decoded, checked Violations
	wrapped := false
	done := false // decoded and checked already
	switch op {
	case Auto:
		// Most documents are Create requests: decode as one, stopping at
		// the first top-level name that detect would look at (each is an
		// unknown member of a Create request), and without a syntax
		// error: then detect, which reads only those names, says Create,
		// and its pre-pass is not needed. Any other document is left to
		// detect, and decoded again as the op it picks.
		fresh := *rec
		rec.sniffing = true
		r, vs := decodeCreate(data, rec)
		if !rec.stopped && !syntaxError(vs) {
			op, decoded, checked = Create, vs, r.CheckPool(poolOf.of(&r.Settings))
			done = true
			break
		}
		// Nothing of the first pass is kept but its copy of data and its
		// slab, which the next pass fills again: r is not used.
		text, strs := rec.text, rec.strs[:0]
		*rec = fresh
		rec.text, rec.strs = text, strs
		if rec.pos != nil {
			rec.pos = newPositions()
		}
		op, wrapped = detect(data)
	case Describe:
		_, wrapped = detect(data)
	}
	client := "" // the path of the app client object: Check's paths are relative to it
	switch {
	case done:
	case op == Update:
		r, vs := decodeUpdate(data, rec)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(poolOf.of(&r.Settings))
		}
	case op == Describe:
		r, vs := decodeUserPoolClient(data, wrapped, rec)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(poolOf.of(&r.Settings))
		}
		if wrapped {
			client = "UserPoolClient"
		}
	default: // Create, and an Op out of range
		op = Create
		r, vs := decodeCreate(data, rec)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(poolOf.of(&r.Settings))
		}
	}
	if client != "" {
		for i := range checked {
			checked[i].Path = memberPath(client, checked[i].Path)
		}
	}
	if len(decoded) == 0 {
		return op, checked, 0
	}
	return op, append(decoded, rec.uncovered(checked, client)...), len(decoded)
}

// facts are the pool facts DecodeCheck's variants are given: one pool's for
// every client, or several pools' for each client its own. A struct and
// not a function value, so that the decoded request, whose Settings it
// reads, stays on the stack.
type facts struct {
	one  *Pool
	many *Pools
}

// of returns the facts for the client whose settings are s, or nil.
func (f facts) of(s *Settings) *Pool {
	if f.many != nil {
		return f.many.forSettings(s)
	}
	return f.one
}

func syntaxError(vs Violations) bool {
	for _, v := range vs {
		if v.Rule == RuleJSONSyntax {
			return true
		}
	}
	return false
}

// record is what DecodeCheck has a decoder write down besides the value and
// the violations.
type record struct {
	// failed lists the values that did not decode (an error at them, not a
	// warning), in the order found.
	failed []failure
	// pos, when not nil, is where positions are recorded.
	pos *positions
	// sniffing makes the decoder stop at a root member detect looks at,
	// and stopped says that it did (see decoder.sniffing).
	sniffing, stopped bool
	// text and strs are handed from one decoder to the next (see
	// decoder.text).
	text []byte
	strs []string
}

// open makes d record into r; a nil r records nothing. The decoder keeps
// what it records in itself, and close hands it to r, so that a record
// DecodeCheck keeps on its stack stays there.
func (r *record) open(d *decoder) {
	if r != nil {
		d.recording, d.pos, d.sniffing = true, r.pos, r.sniffing
		d.text, d.strs = r.text, r.strs
	}
}

// close hands r what d recorded.
func (r *record) close(d *decoder) {
	if r != nil {
		r.failed, r.stopped = d.failed, d.stopped
		r.text, r.strs = d.text, d.strs
	}
}

// failure is a value that did not decode: Check's findings at it, and inside
// it, would repeat the mistake, and DecodeCheck leaves them out. Unknown
// members are not failures: Check has nothing to say inside them.
type failure struct {
	path  string      // the member or list item, as the violation's path
	shape *spec.Shape // for an object member: the members of this shape are inside it
	items int         // for a list member: its first items (as last read) are inside it
}

// listRead notes that the list at path was read with n items; held means
// that some item that failed was not reported, so the list's count line
// stands for it, and the whole list counts as failed.
func (d *decoder) listRead(path string, n int, held bool) {
	found := false
	for i := range d.failed {
		if d.failed[i].path == path {
			d.failed[i].items = n
			found = true
		}
	}
	if held && !found {
		d.failed = append(d.failed, failure{path: path, items: n})
	}
}

// uncovered returns the findings of checked that are neither at nor inside a
// failure. client is the path of the app client object ("" for the document):
// a failure there covers every finding. The paths inside a failure are
// written with memberPath and appendItemPath, and compared whole.
func (r *record) uncovered(checked Violations, client string) Violations {
	if len(r.failed) == 0 || len(checked) == 0 {
		return checked
	}
	at := make(map[string][]int, len(checked)) // Check's findings by path
	for i, v := range checked {
		at[v.Path] = append(at[v.Path], i)
	}
	drop := make([]bool, len(checked))
	var cover func(path string, shape *spec.Shape)
	cover = func(path string, shape *spec.Shape) {
		for _, i := range at[path] {
			drop[i] = true
		}
		if shape == nil {
			return
		}
		for _, m := range shape.Members {
			cover(memberPath(path, m.Name), m.Shape)
		}
	}
	var buf []byte
	for _, f := range r.failed {
		if client != "" && f.path == client {
			return nil
		}
		cover(f.path, f.shape)
		for i := 0; i < f.items; i++ {
			buf = appendItemPath(buf[:0], f.path, i)
			for _, j := range at[string(buf)] {
				drop[j] = true
			}
		}
	}
	var out Violations
	for i, v := range checked {
		if !drop[i] {
			out = append(out, v)
		}
	}
	return out
}

// positions records where the members and list items of one document start,
// as the decoder reads them. Each member is a node: node 0 is the document,
// and the members of each object shape are registered before reading, so
// that a member the document does not have finds its enclosing object. A
// list member's node holds the offsets of its items.
type positions struct {
	nodes []posNode
	// paths finds the node of a member's path. Its keys are written with
	// memberPath, as the decoder and Check write paths.
	paths map[string]int32
	// at is the offset of each decoding violation, in order; -1 for one to
	// find by its path (a count line).
	at []int
}

type posNode struct {
	path   string
	offset int   // the opening quote of the member's name; -1 when not read
	parent int32 // the enclosing node; -1 for the document
	// For a member of object shape: its members are nodes first to
	// first+len(shape.Members)-1, in the shape's order.
	shape *spec.Shape
	first int32
	// For a list member: where each item starts, as last read.
	items []int
}

func newPositions() *positions {
	return &positions{
		nodes: []posNode{{offset: 0, parent: -1}},
		paths: map[string]int32{"": 0},
	}
}

// register adds nodes for the members of shape, the shape of node obj at
// path, and for the members of their object shapes in turn.
func (p *positions) register(obj int32, path string, shape *spec.Shape) {
	first := int32(len(p.nodes))
	p.nodes[obj].shape, p.nodes[obj].first = shape, first
	for _, m := range shape.Members {
		child := memberPath(path, m.Name)
		p.paths[child] = int32(len(p.nodes))
		p.nodes = append(p.nodes, posNode{path: child, offset: -1, parent: obj})
	}
	for i, m := range shape.Members {
		if m.Shape != nil && m.Shape.Kind == spec.Structure {
			p.register(first+int32(i), memberPath(path, m.Name), m.Shape)
		}
	}
}

// reset forgets where the members inside node obj, an object of shape,
// were read: a repeated object replaces the first whole.
func (p *positions) reset(obj int32, shape *spec.Shape) {
	n := p.nodes[obj]
	if n.shape != shape {
		return
	}
	for i, m := range shape.Members {
		k := n.first + int32(i)
		p.nodes[k].offset = -1
		p.nodes[k].items = p.nodes[k].items[:0]
		p.reset(k, m.Shape)
	}
}

// member records that member i of shape, inside node obj, starts at offset,
// and returns its node; obj itself when obj does not have that shape.
func (p *positions) member(obj int32, shape *spec.Shape, i int, offset int) int32 {
	n := p.nodes[obj]
	if n.shape != shape {
		return obj
	}
	k := n.first + int32(i)
	p.nodes[k].offset = offset
	return k
}

// list starts the items of the list member at node k.
func (p *positions) list(k int32) { p.nodes[k].items = p.nodes[k].items[:0] }

// item records that the next item of the list member at node k starts at
// offset.
func (p *positions) item(k int32, offset int) {
	p.nodes[k].items = append(p.nodes[k].items, offset)
}

// offset returns where the member at node k is: its offset, or that of the
// nearest enclosing member that was read (the document at the last).
func (p *positions) offset(k int32) int {
	for p.nodes[k].offset < 0 {
		k = p.nodes[k].parent
	}
	return p.nodes[k].offset
}

// items sets at[i] to the offset of the list item at path, for each
// violation i that want lists under path. The item paths are written with
// appendItemPath, list after list, and looked up whole; a path that names no
// item read is the start of the document.
func (p *positions) items(want map[string][]int, at []int) {
	left := len(want)
	var buf []byte
	for k := range p.nodes {
		if left == 0 {
			return
		}
		n := &p.nodes[k]
		for i, offset := range n.items {
			buf = appendItemPath(buf[:0], n.path, i)
			if vs, ok := want[string(buf)]; ok {
				for _, j := range vs {
					at[j] = offset
				}
				left--
			}
		}
	}
}
