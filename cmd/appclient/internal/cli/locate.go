package cli

import (
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/jsonlex"
	"github.com/cognitokit/appclient/internal/pathname"
)

// maxLocateDepth is how deep the locator looks for members: the top level,
// the UserPoolClient wrapper of a describe document, and the structures in
// it (UserPoolClient.TokenValidityUnits.AccessToken). No path is deeper.
const maxLocateDepth = 3

// locations says where the members of one JSON document are: the input to
// SARIF regions. It is built only when SARIF output is asked for.
type locations struct {
	data []byte
	// at maps each wanted path to the byte offsets of its occurrences in
	// document order: the opening quote of a member's name, or the first
	// byte of a list item.
	at map[string][]int
	// syntax is the offset of the first syntax error, or -1.
	syntax int
}

// locate finds the members of data at the given violation paths and at
// every path that encloses one. Paths are the decoder's: AWS names,
// "CallbackURLs[2]", "TokenValidityUnits.AccessToken", "UserPoolClient."
// before the members of a describe document, and a Go-quoted name for an
// unknown member whose name is not printable (client's rule). It reads data
// once, never panics, and allocates a path only for the members it may need.
func locate(data []byte, vs client.Violations) *locations {
	loc := &locations{data: data, at: map[string][]int{}, syntax: -1}
	want := map[string]bool{}
	lists := map[string]bool{} // paths whose items are wanted
	for _, v := range vs {
		for p := v.Path; p != ""; p = parentPath(p) {
			want[p] = true
			if i := strings.LastIndexByte(p, '['); i > 0 && strings.HasSuffix(p, "]") {
				lists[p[:i]] = true
			}
		}
	}
	w := walker{loc: loc, want: want, lists: lists}
	w.lex.Reset(data)
	if w.lex.Peek() != jsonlex.End {
		w.value("", 0)
		w.lex.Finish()
	}
	if err := w.lex.Err(); err != nil {
		loc.syntax = min(max(err.Offset, 0), len(data))
	}
	return loc
}

type walker struct {
	lex   jsonlex.Lexer
	loc   *locations
	want  map[string]bool
	lists map[string]bool
}

func (w *walker) record(path string, offset int) {
	if w.want[path] {
		w.loc.at[path] = append(w.loc.at[path], offset)
	}
}

// value walks one value at path; depth is the number of containers around
// it. Recursion is bounded by maxLocateDepth.
func (w *walker) value(path string, depth int) {
	l := &w.lex
	switch l.Peek() {
	case jsonlex.Object:
		if depth >= maxLocateDepth || !l.Begin('{') {
			l.Skip()
			return
		}
		for first := true; l.More('}', first); first = false {
			at := l.Offset()
			name, flags, ok := l.Name()
			if !ok {
				return
			}
			child := pathname.Member(string(name), flags != 0)
			if path != "" {
				child = path + "." + child
			}
			w.record(child, at)
			w.value(child, depth+1)
			if l.Err() != nil {
				return
			}
		}
	case jsonlex.Array:
		if depth >= maxLocateDepth || !w.lists[path] || !l.Begin('[') {
			l.Skip()
			return
		}
		for i, first := 0, true; l.More(']', first); i, first = i+1, false {
			w.record(path+"["+strconv.Itoa(i)+"]", l.Offset())
			if !l.Skip() {
				return
			}
		}
	default:
		l.Skip()
	}
}

// parentPath returns the path that encloses p ("" for a top-level member):
// p without its last ".name" or "[index]". Separators inside a quoted
// segment do not count.
func parentPath(p string) string {
	last, quoted := 0, false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && (c == '.' || c == '['):
			last = i
		}
	}
	return p[:last]
}

// offset returns the byte offset that a violation points at: the syntax
// error for json.syntax; for a member, its name (the n-th occurrence for
// the n-th json.duplicate-member report at the same path: dup counts them);
// otherwise the nearest enclosing member that occurs; and 0 when none does.
func (l *locations) offset(v client.Violation, dup map[string]int) int {
	if v.Rule == client.RuleJSONSyntax && l.syntax >= 0 {
		return l.syntax
	}
	nth := 0
	if v.Rule == client.RuleJSONDuplicateMember {
		dup[v.Path]++
		nth = dup[v.Path] // the first occurrence is the one kept
	}
	for p := v.Path; p != ""; p = parentPath(p) {
		if at := l.at[p]; len(at) > 0 {
			if nth >= len(at) {
				nth = 0
			}
			return at[nth]
		}
		nth = 0
	}
	return 0
}
