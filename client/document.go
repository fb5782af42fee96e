package client

import "strings"

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
	detected := Detect(data) // one scan of the top-level member names
	if op == Auto {
		op = detected
	}
	var decoded, checked Violations
	prefix := ""
	switch op {
	case Update:
		r, vs := DecodeUpdate(data)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(pool)
		}
	case Describe:
		wrapped := detected == Describe
		r, vs := decodeUserPoolClient(data, wrapped)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(pool)
		}
		if wrapped {
			prefix = "UserPoolClient."
		}
	default:
		op = Create
		r, vs := DecodeCreate(data)
		decoded = vs
		if !syntaxError(vs) {
			checked = r.CheckPool(pool)
		}
	}
	if len(decoded) == 0 {
		if prefix != "" {
			for i := range checked {
				checked[i].Path = prefix + checked[i].Path
			}
		}
		return op, checked
	}
	out := decoded
	for _, v := range checked {
		v.Path = prefix + v.Path
		if !covered(decoded, v.Path) {
			out = append(out, v)
		}
	}
	return op, out
}

func syntaxError(vs Violations) bool {
	for _, v := range vs {
		if v.Rule == RuleJSONSyntax {
			return true
		}
	}
	return false
}

// covered reports whether some decoding error is at path or at a member that
// contains it: a member whose value could not be decoded.
func covered(vs Violations, path string) bool {
	for _, v := range vs {
		if v.Path == "" || v.Severity != Error {
			continue // a warning (a duplicate member) did not stop the value from decoding
		}
		if rest, ok := strings.CutPrefix(path, v.Path); ok && (rest == "" || rest[0] == '.' || rest[0] == '[') {
			return true
		}
	}
	return false
}
