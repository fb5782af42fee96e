package node

import (
	"strconv"
	"strings"
)

// MaxDepth is the deepest nesting of lists and maps a template may have.
// The Map that a YAML short-form tag becomes counts as a level.
const MaxDepth = 512

// bom is the UTF-8 byte order mark, skipped at the start of an input.
const bom = "\xEF\xBB\xBF"

// Parse reads a template in JSON or YAML. If the first byte that is not
// white space (after an optional UTF-8 byte order mark) is '{' or '[', the
// input is read as strict JSON with ParseJSON; otherwise as YAML with
// ParseYAML. (cfn-lint reads JSON with its YAML loader; this is stricter on
// purpose: a JSON template must be valid JSON.)
func Parse(data []byte) (*Node, error) {
	i := 0
	if len(data) >= len(bom) && string(data[:len(bom)]) == bom {
		i = len(bom)
	}
	for i < len(data) && isSpace(data[i]) {
		i++
	}
	if i < len(data) && (data[i] == '{' || data[i] == '[') {
		return ParseJSON(data)
	}
	return ParseYAML(data)
}

// isSpace reports whether c is JSON white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipBOM returns data without a leading UTF-8 byte order mark, and the
// number of bytes skipped.
func skipBOM(data []byte) ([]byte, int) {
	if len(data) >= len(bom) && string(data[:len(bom)]) == bom {
		return data[len(bom):], len(bom)
	}
	return data, 0
}

// keyIndex finds duplicate keys in a Map being built without quadratic
// work: it scans small maps and indexes large ones.
type keyIndex struct {
	m map[string]struct{}
}

// keyIndexScan is the number of pairs up to which keyIndex scans.
const keyIndexScan = 16

// has reports whether key is among pairs, which are the pairs added so far
// (each added once has returned false).
func (x *keyIndex) has(pairs []Pair, key string) bool {
	if len(pairs) <= keyIndexScan {
		for i := range pairs {
			if pairs[i].Key == key {
				return true
			}
		}
		return false
	}
	if x.m == nil {
		x.m = make(map[string]struct{}, 2*len(pairs))
		for i := range pairs {
			x.m[pairs[i].Key] = struct{}{}
		}
	}
	_, ok := x.m[key]
	return ok
}

// add records key, which has just been appended to pairs.
func (x *keyIndex) add(key string) {
	if x.m != nil {
		x.m[key] = struct{}{}
	}
}

// duplicateKey is the error for a key that a map already has.
func duplicateKey(key string, first, second Pos) *Error {
	return &Error{Pos: second, Kind: "duplicate-key",
		Msg: "duplicate key " + strconv.Quote(key) + ": a map's keys must be unique (first at line " +
			strconv.Itoa(first.Line) + ", column " + strconv.Itoa(first.Column) + ")"}
}

// firstPos returns the position of key among pairs.
func firstPos(pairs []Pair, key string) Pos {
	for i := range pairs {
		if pairs[i].Key == key {
			return pairs[i].KeyPos
		}
	}
	return Pos{}
}

// depthError is the error for nesting deeper than MaxDepth.
func depthError(p Pos) *Error {
	return &Error{Pos: p, Kind: "limit", Msg: "nesting too deep: lists and maps may nest at most " + strconv.Itoa(MaxDepth) + " levels"}
}

// sprintf formats msg with %s verbs only, so
// that messages need no fmt.
func sprintf(msg string, args ...string) string {
	if len(args) == 0 {
		return msg
	}
	var b strings.Builder
	for len(msg) > 0 {
		i := strings.Index(msg, "%s")
		if i < 0 || len(args) == 0 {
			b.WriteString(msg)
			break
		}
		b.WriteString(msg[:i])
		b.WriteString(args[0])
		args = args[1:]
		msg = msg[i+2:]
	}
	return b.String()
}
