package client

import "github.com/cognitokit/appclient/internal/spec"

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
	return decodeCheck(data, op, pool, &rec)
}

// decodeCheck decodes and checks data, recording failures in rec.
func decodeCheck(data []byte, op Op, pool *Pool, rec *record) (Op, Violations) {
	detected := Detect(data) // one scan of the top-level member names
	if op == Auto {
		op = detected
	}
	var decoded, checked Violations
	client := "" // the path of the app client object: Check's paths are relative to it
	switch op {
	case Update:
		r, vs := decodeUpdate(data, rec)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(pool)
		}
	case Describe:
		wrapped := detected == Describe
		r, vs := decodeUserPoolClient(data, wrapped, rec)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(pool)
		}
		if wrapped {
			client = "UserPoolClient"
		}
	default:
		op = Create
		r, vs := decodeCreate(data, rec)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(pool)
		}
	}
	if client != "" {
		for i := range checked {
			checked[i].Path = memberPath(client, checked[i].Path)
		}
	}
	if len(decoded) == 0 {
		return op, checked
	}
	return op, append(decoded, rec.uncovered(checked, client)...)
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
}

// open makes d record into r; a nil r records nothing. The decoder keeps
// what it records in itself, and close hands it to r, so that a record
// DecodeCheck keeps on its stack stays there.
func (r *record) open(d *decoder) {
	if r != nil {
		d.recording = true
	}
}

// close hands r what d recorded.
func (r *record) close(d *decoder) {
	if r != nil {
		r.failed = d.failed
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
