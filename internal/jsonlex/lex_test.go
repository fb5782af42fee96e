package jsonlex_test

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/internal/jsonlex"
)

// errResult is a syntax error reduced to what the tests compare.
type errResult struct {
	Offset int
	Msg    string
}

func errOf(l *jsonlex.Lexer) *errResult {
	if e := l.Err(); e != nil {
		return &errResult{e.Offset, e.Msg}
	}
	return nil
}

func TestString(t *testing.T) {
	type result struct {
		S     string
		Flags jsonlex.StringFlags
		OK    bool
		Err   *errResult
		Next  int // Offset after the string
	}
	tests := []struct {
		name, in string
		want     result
	}{
		{"empty", `""`, result{S: "", OK: true, Next: 2}},
		{"plain", `"abc"`, result{S: "abc", OK: true, Next: 5}},
		{"leading space", "  \t\r\n\"a\"", result{S: "a", OK: true, Next: 8}},
		{"utf-8", `"héllo, 世界 🙂"`, result{S: "héllo, 世界 🙂", OK: true, Next: len(`"héllo, 世界 🙂"`)}},
		{"every escape", `"\"\\\/\b\f\n\r\t"`, result{S: "\"\\/\b\f\n\r\t", OK: true, Next: 18}},
		{"escape between text", `"a\nb\tc"`, result{S: "a\nb\tc", OK: true, Next: 9}},
		{"unicode escape", `"\u0041\u00e9\u4e16"`, result{S: "Aé世", OK: true, Next: 20}},
		{"unicode escape upper hex", `"\u00E9\u00e9"`, result{S: "éé", OK: true, Next: 14}},
		{"escaped NUL", `"\u0000"`, result{S: "\x00", OK: true, Next: 8}},
		{"surrogate pair", `"\ud83d\ude42"`, result{S: "🙂", OK: true, Next: 14}},
		{"surrogate pair upper", `"\uD83D\uDE42!"`, result{S: "🙂!", OK: true, Next: 15}},
		{"lone high surrogate", `"\ud800"`, result{S: "\uFFFD", Flags: jsonlex.LoneSurrogate, OK: true, Next: 8}},
		{"lone low surrogate", `"\udc00x"`, result{S: "\uFFFDx", Flags: jsonlex.LoneSurrogate, OK: true, Next: 9}},
		{"high then non-surrogate escape", `"\ud800\u0041"`, result{S: "\uFFFDA", Flags: jsonlex.LoneSurrogate, OK: true, Next: 14}},
		{"two high surrogates", `"\ud800\ud800"`, result{S: "\uFFFD\uFFFD", Flags: jsonlex.LoneSurrogate, OK: true, Next: 14}},
		{"low before high", `"\udc00\ud800"`, result{S: "\uFFFD\uFFFD", Flags: jsonlex.LoneSurrogate, OK: true, Next: 14}},
		{"high then text", `"\ud83dx"`, result{S: "\uFFFDx", Flags: jsonlex.LoneSurrogate, OK: true, Next: 9}},
		{"high at end of string", `"x\ud83d"`, result{S: "x\uFFFD", Flags: jsonlex.LoneSurrogate, OK: true, Next: 9}},
		{"invalid utf-8", "\"a\xffb\"", result{S: "a\xffb", Flags: jsonlex.BadUTF8, OK: true, Next: 5}},
		{"truncated utf-8", "\"\xe4\xb8\"", result{S: "\xe4\xb8", Flags: jsonlex.BadUTF8, OK: true, Next: 4}},
		{"utf-8 encoded surrogate", "\"\xed\xa0\x80\"", result{S: "\xed\xa0\x80", Flags: jsonlex.BadUTF8, OK: true, Next: 5}},
		{"invalid utf-8 with escape", "\"\xff\\n\"", result{S: "\xff\n", Flags: jsonlex.BadUTF8, OK: true, Next: 5}},
		{"invalid utf-8 and lone surrogate", "\"\xff\\udc00\"", result{S: "\xff\uFFFD", Flags: jsonlex.BadUTF8 | jsonlex.LoneSurrogate, OK: true, Next: 9}},
		{"DEL is allowed", "\"\x7f\"", result{S: "\x7f", OK: true, Next: 3}},

		{"raw newline", "\"a\nb\"", result{Err: &errResult{2, `control character 0xa in a string: escape it`}}},
		{"raw tab", "\"\t\"", result{Err: &errResult{1, `control character 0x9 in a string: escape it`}}},
		{"raw NUL after escape", "\"\\n\x00\"", result{Err: &errResult{3, `control character 0x0 in a string: escape it`}}},
		{"unknown escape", `"\x"`, result{Err: &errResult{1, `invalid escape '\x' in a string`}}},
		{"escaped single quote", `"\'"`, result{Err: &errResult{1, `invalid escape '\'' in a string`}}},
		{"escaped newline", "\"\\\n\"", result{Err: &errResult{1, `invalid escape '\' followed by 0xa in a string`}}},
		{"escaped NEL byte", "\"\\\xc2\x85\"", result{Err: &errResult{1, `invalid escape '\' followed by 0xc2 in a string`}}},
		{"short unicode escape", `"\u12"`, result{Err: &errResult{1, `invalid \u escape in a string`}}},
		{"bad hex", `"\u12g4"`, result{Err: &errResult{1, `invalid \u escape in a string`}}},
		{"bad second half of pair", `"\ud800\uzzzz"`, result{Err: &errResult{7, `invalid \u escape in a string`}}},
		{"unterminated", `"abc`, result{Err: &errResult{4, `unexpected end of input inside a string`}}},
		{"unterminated after escape", `"a\n`, result{Err: &errResult{4, `unexpected end of input inside a string`}}},
		{"backslash at end", `"a\`, result{Err: &errResult{3, `unexpected end of input inside a string`}}},
		{"not a string", `abc`, result{Err: &errResult{0, `invalid character 'a': expected a string`}}},
		{"nothing", ``, result{Err: &errResult{0, `unexpected end of input: expected a string`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := jsonlex.New([]byte(tt.in))
			s, flags, ok := l.String()
			got := result{S: string(s), Flags: flags, OK: ok, Err: errOf(l)}
			if ok {
				got.Next = l.Offset()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("String(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestStringMatchesEncodingJSON compares unescaping with encoding/json for
// strings that hold nothing a strict reader refuses.
func TestStringMatchesEncodingJSON(t *testing.T) {
	for _, in := range []string{`""`, `"a\"b"`, `"\u00e9\t\/"`, `"\ud83d\ude00 \u2028"`, `"\u0000\u001f"`} {
		var want string
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatal(err)
		}
		s, flags, ok := jsonlex.New([]byte(in)).String()
		if !ok || flags != 0 || string(s) != want {
			t.Errorf("String(%s) = %q, %v, %v; want %q", in, s, flags, ok, want)
		}
	}
}

func TestName(t *testing.T) {
	type result struct {
		Name  string
		Flags jsonlex.StringFlags
		OK    bool
		Err   *errResult
	}
	tests := []struct {
		in   string
		want result
	}{
		{`"ClientName" : 1`, result{Name: "ClientName", OK: true}},
		{`"Client\u004eame":1`, result{Name: "ClientName", OK: true}},
		{`"\udc00":1`, result{Name: "\uFFFD", Flags: jsonlex.LoneSurrogate, OK: true}},
		{`"a" 1`, result{Err: &errResult{4, `invalid character '1': expected ':' after the member name`}}},
		{`"a"`, result{Err: &errResult{3, `unexpected end of input: expected ':' after the member name`}}},
		{`a:1`, result{Err: &errResult{0, `invalid character 'a': expected a member name in double quotes`}}},
		{`'a':1`, result{Err: &errResult{0, `invalid character '\'': expected a member name in double quotes`}}},
	}
	for _, tt := range tests {
		l := jsonlex.New([]byte(tt.in))
		name, flags, ok := l.Name()
		got := result{Name: string(name), Flags: flags, OK: ok, Err: errOf(l)}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Name(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		in     string
		want   string // the number's text; "" when it fails
		err    *errResult
		finish bool // Finish after the number succeeds
	}{
		{in: `0`, want: `0`, finish: true},
		{in: `-0`, want: `-0`, finish: true},
		{in: `7`, want: `7`, finish: true},
		{in: `-123`, want: `-123`, finish: true},
		{in: `2147483648`, want: `2147483648`, finish: true},
		{in: `1.5`, want: `1.5`, finish: true},
		{in: `0.000`, want: `0.000`, finish: true},
		{in: `1e2`, want: `1e2`, finish: true},
		{in: `1E+2`, want: `1E+2`, finish: true},
		{in: `-1.25e-10`, want: `-1.25e-10`, finish: true},
		{in: `123456789012345678901234567890`, want: `123456789012345678901234567890`, finish: true},
		{in: "  42\n", want: `42`, finish: true},
		// The number ends where its grammar ends; what follows is the
		// caller's to judge, and Finish refuses it.
		{in: `01`, want: `0`, err: &errResult{1, `invalid character '1' after the end of the document`}},
		{in: `-01`, want: `-0`, err: &errResult{2, `invalid character '1' after the end of the document`}},
		{in: `1x`, want: `1`, err: &errResult{1, `invalid character 'x' after the end of the document`}},
		{in: `1.5.5`, want: `1.5`, err: &errResult{3, `invalid character '.' after the end of the document`}},
		{in: `-`, err: &errResult{1, `invalid number`}},
		{in: `-a`, err: &errResult{1, `invalid number`}},
		{in: `--1`, err: &errResult{1, `invalid number`}},
		{in: `1.`, err: &errResult{2, `invalid number: a digit must follow '.'`}},
		{in: `1.e5`, err: &errResult{2, `invalid number: a digit must follow '.'`}},
		{in: `1e`, err: &errResult{2, `invalid number: a digit must follow the exponent`}},
		{in: `1e+`, err: &errResult{3, `invalid number: a digit must follow the exponent`}},
		{in: `1E-x`, err: &errResult{3, `invalid number: a digit must follow the exponent`}},
		{in: `.5`, err: &errResult{0, `invalid number`}},
		{in: `+1`, err: &errResult{0, `invalid number`}},
		{in: ``, err: &errResult{0, `invalid number`}},
	}
	for _, tt := range tests {
		l := jsonlex.New([]byte(tt.in))
		text, ok := l.Number()
		if ok {
			l.Finish()
		}
		if string(text) != tt.want || ok != (tt.want != "") {
			t.Errorf("Number(%q) = %q, %v; want %q", tt.in, text, ok, tt.want)
		}
		if diff := cmp.Diff(tt.err, errOf(l)); diff != "" {
			t.Errorf("Number(%q) error (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestNumberPeek checks the number grammar as a whole document: the kinds that
// cannot start a number are refused by Peek.
func TestNumberPeek(t *testing.T) {
	for _, in := range []string{`.5`, `+1`, `Infinity`, `NaN`, `0x10`} {
		l := jsonlex.New([]byte(in))
		if l.Skip() && l.Finish() {
			t.Errorf("Skip+Finish(%q) accepted an invalid number", in)
		}
	}
}

func TestLiterals(t *testing.T) {
	type result struct {
		V, OK bool
		Err   *errResult
	}
	boolTests := []struct {
		in   string
		want result
	}{
		{`true`, result{V: true, OK: true}},
		{`false`, result{V: false, OK: true}},
		{` true `, result{V: true, OK: true}},
		{`tru`, result{Err: &errResult{0, `invalid character 't': expected true or false`}}},
		{`fals`, result{Err: &errResult{0, `invalid character 'f': expected true or false`}}},
		{`trues`, result{Err: &errResult{0, `invalid character 't': expected true or false`}}},
		{`True`, result{Err: &errResult{0, `invalid character 'T': expected true or false`}}},
		{`true1`, result{Err: &errResult{0, `invalid character 't': expected true or false`}}},
		{``, result{Err: &errResult{0, `unexpected end of input: expected true or false`}}},
	}
	for _, tt := range boolTests {
		l := jsonlex.New([]byte(tt.in))
		v, ok := l.Bool()
		got := result{V: v, OK: ok, Err: errOf(l)}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Bool(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	nullTests := []struct {
		in   string
		ok   bool
		want *errResult
	}{
		{`null`, true, nil},
		{`nul`, false, &errResult{0, `invalid character 'n': expected null`}},
		{`nulls`, false, &errResult{0, `invalid character 'n': expected null`}},
		{`null_`, false, &errResult{0, `invalid character 'n': expected null`}},
		{`NULL`, false, &errResult{0, `invalid character 'N': expected null`}},
	}
	for _, tt := range nullTests {
		l := jsonlex.New([]byte(tt.in))
		ok := l.Null()
		if diff := cmp.Diff(tt.want, errOf(l)); ok != tt.ok || diff != "" {
			t.Errorf("Null(%q) = %v; want %v; error (-want +got):\n%s", tt.in, ok, tt.ok, diff)
		}
	}
	// A literal followed by a delimiter is fine inside a container.
	for _, in := range []string{`[true,false,null]`, `{"a":null}`, `[null ]`, "[true\n]"} {
		if l := jsonlex.New([]byte(in)); !l.Skip() || !l.Finish() {
			t.Errorf("Skip(%q): %v", in, l.Err())
		}
	}
}

func TestPeek(t *testing.T) {
	tests := []struct {
		in   string
		want jsonlex.Kind
	}{
		{`{`, jsonlex.Object}, {` [`, jsonlex.Array}, {`"`, jsonlex.String}, {`-`, jsonlex.Number},
		{`9`, jsonlex.Number}, {`t`, jsonlex.Bool}, {`f`, jsonlex.Bool}, {`n`, jsonlex.Null},
		{``, jsonlex.End}, {" \n\t\r", jsonlex.End}, {`x`, jsonlex.Invalid}, {`}`, jsonlex.Invalid},
	}
	for _, tt := range tests {
		l := jsonlex.New([]byte(tt.in))
		if got := l.Peek(); got != tt.want {
			t.Errorf("Peek(%q) = %v; want %v", tt.in, got, tt.want)
		}
		if got := l.Peek(); got != tt.want {
			t.Errorf("second Peek(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
	if got, want := jsonlex.Array.String(), "a list"; got != want {
		t.Errorf("Array.String() = %q; want %q", got, want)
	}
}

func TestSkip(t *testing.T) {
	tests := []struct {
		name, in string
		want     *errResult // nil: Skip and Finish succeed
	}{
		{"object", `{"a": [1, "x", {"b": null}], "c": true, "d": {}}`, nil},
		{"empty containers", `[[], {}, [{}], {"a": []}]`, nil},
		{"scalar", ` "x" `, nil},
		{"white space everywhere", " {\n\t\"a\" :\r [ 1 , 2 ] } ", nil},
		{"duplicate names are syntax", `{"a":1,"a":2}`, nil},

		{"empty", ``, &errResult{0, `unexpected end of input: expected a value`}},
		{"white space only", "  \n ", &errResult{4, `unexpected end of input: expected a value`}},
		{"trailing comma in list", `[1,]`, &errResult{3, `trailing comma before ']'`}},
		{"trailing comma in object", `{"a":1,}`, &errResult{7, `trailing comma before '}'`}},
		{"trailing comma with space", "[1, \n]", &errResult{5, `trailing comma before ']'`}},
		{"leading comma", `[,1]`, &errResult{1, `invalid character ',' looking for the beginning of a value`}},
		{"double comma", `[1,,2]`, &errResult{3, `invalid character ',' looking for the beginning of a value`}},
		{"missing comma", `[1 2]`, &errResult{3, `invalid character '2' after a list element: expected ',' or ']'`}},
		{"missing comma in object", `{"a":1 "b":2}`, &errResult{7, `invalid character '"' after an object member: expected ',' or '}'`}},
		{"mismatched close", `[1}`, &errResult{2, `invalid character '}' after a list element: expected ',' or ']'`}},
		{"mismatched close object", `{"a":1]`, &errResult{6, `invalid character ']' after an object member: expected ',' or '}'`}},
		{"unclosed list", `[1`, &errResult{2, `unexpected end of input: missing ']'`}},
		{"unclosed object", `{"a":1`, &errResult{6, `unexpected end of input: missing '}'`}},
		{"missing value", `{"a":}`, &errResult{5, `invalid character '}' looking for the beginning of a value`}},
		{"missing colon", `{"a" 1}`, &errResult{5, `invalid character '1': expected ':' after the member name`}},
		{"unquoted name", `{a:1}`, &errResult{1, `invalid character 'a': expected a member name in double quotes`}},
		{"number name", `{1:1}`, &errResult{1, `invalid character '1': expected a member name in double quotes`}},
		{"bad literal deep", `[[[tru]]]`, &errResult{3, `invalid character 't': expected true or false`}},
		{"bad escape in name", `{"\q":1}`, &errResult{2, `invalid escape '\q' in a string`}},
		{"close only", `]`, &errResult{0, `invalid character ']' looking for the beginning of a value`}},
		{"trailing data", `{} {}`, &errResult{3, `invalid character '{' after the end of the document`}},
		{"trailing garbage", `[1]x`, &errResult{3, `invalid character 'x' after the end of the document`}},
		{"two scalars", `1 2`, &errResult{2, `invalid character '2' after the end of the document`}},
		{"trailing NUL", "{}\x00", &errResult{2, `invalid character 0x0 after the end of the document`}},
		{"byte order mark", "\xef\xbb\xbf{}", &errResult{0, utf8BOM}},
		{"byte order mark alone", "\xef\xbb\xbf", &errResult{0, utf8BOM}},
		{"byte order mark, then space", "\xef\xbb\xbf\n{}", &errResult{0, utf8BOM}},
		{"UTF-16 little-endian", "\xff\xfe{\x00}\x00", &errResult{0, `the input starts with a UTF-16 (little-endian) byte order mark: it is UTF-16 text, and JSON must be UTF-8: save the file as UTF-8, without a byte order mark`}},
		{"UTF-16 big-endian", "\xfe\xff\x00{\x00}", &errResult{0, `the input starts with a UTF-16 (big-endian) byte order mark: it is UTF-16 text, and JSON must be UTF-8: save the file as UTF-8, without a byte order mark`}},
		{"half a byte order mark", "\xef\xbb{}", &errResult{0, `invalid character 0xef looking for the beginning of a value`}},
		{"byte order mark after space", " \xef\xbb\xbf{}", &errResult{1, `invalid character 0xef looking for the beginning of a value`}},
		{"byte order mark inside", "[1,\xef\xbb\xbf2]", &errResult{3, `invalid character 0xef looking for the beginning of a value`}},
		{"byte order mark after the document", "{}\xef\xbb\xbf", &errResult{2, `invalid character 0xef after the end of the document`}},
		{"comment", `{} // x`, &errResult{3, `invalid character '/' after the end of the document`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := jsonlex.New([]byte(tt.in))
			ok := l.Skip() && l.Finish()
			if diff := cmp.Diff(tt.want, errOf(l)); diff != "" {
				t.Errorf("Skip+Finish(%q) error (-want +got):\n%s", tt.in, diff)
			}
			if ok != (tt.want == nil) {
				t.Errorf("Skip+Finish(%q) = %v", tt.in, ok)
			}
			if ok != json.Valid([]byte(tt.in)) {
				t.Errorf("Skip+Finish(%q) = %v, but json.Valid = %v", tt.in, ok, !ok)
			}
		})
	}
}

const utf8BOM = `the input starts with a UTF-8 byte order mark (U+FEFF), which JSON does not allow: save the file without it`

// TestByteOrderMark: whatever a reader asks for first, a byte order mark at
// the start of the input is the error it gets, and ByteOrderMark says the
// same without a lexer.
func TestByteOrderMark(t *testing.T) {
	in := []byte("\xef\xbb\xbf{\"a\":1}")
	want := &errResult{0, utf8BOM}
	reads := map[string]func(l *jsonlex.Lexer){
		"Peek":   func(l *jsonlex.Lexer) { l.Peek() },
		"Begin":  func(l *jsonlex.Lexer) { l.Begin('{') },
		"Name":   func(l *jsonlex.Lexer) { l.Name() },
		"String": func(l *jsonlex.Lexer) { l.String() },
		"Number": func(l *jsonlex.Lexer) { l.Number() },
		"Bool":   func(l *jsonlex.Lexer) { l.Bool() },
		"Null":   func(l *jsonlex.Lexer) { l.Null() },
		"Skip":   func(l *jsonlex.Lexer) { l.Skip() },
		"Finish": func(l *jsonlex.Lexer) { l.Finish() },
	}
	for name, read := range reads {
		l := jsonlex.New(in)
		read(l)
		if diff := cmp.Diff(want, errOf(l)); diff != "" {
			t.Errorf("%s: error (-want +got):\n%s", name, diff)
		}
	}

	tests := []struct {
		in   string
		want *jsonlex.SyntaxError
	}{
		{"\xef\xbb\xbf{}", &jsonlex.SyntaxError{Offset: 0, Msg: utf8BOM}},
		{"\xef\xbb\xbf", &jsonlex.SyntaxError{Offset: 0, Msg: utf8BOM}},
		{"\xff\xfe{\x00", &jsonlex.SyntaxError{Offset: 0, Msg: `the input starts with a UTF-16 (little-endian) byte order mark: it is UTF-16 text, and JSON must be UTF-8: save the file as UTF-8, without a byte order mark`}},
		{"\xfe\xff\x00{", &jsonlex.SyntaxError{Offset: 0, Msg: `the input starts with a UTF-16 (big-endian) byte order mark: it is UTF-16 text, and JSON must be UTF-8: save the file as UTF-8, without a byte order mark`}},
		{"{}", nil},
		{"", nil},
		{"\xef\xbb", nil},
		{" \xef\xbb\xbf{}", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, jsonlex.ByteOrderMark([]byte(tt.in))); diff != "" {
			t.Errorf("ByteOrderMark(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestSkipMember skips one member value inside an object being read, and
// continues after it.
func TestSkipMember(t *testing.T) {
	l := jsonlex.New([]byte(`{"a": [1, {"x": [[]]}], "b": "y"}`))
	var names, values []string
	if !l.Begin('{') {
		t.Fatal(l.Err())
	}
	for first := true; l.More('}', first); first = false {
		name, _, ok := l.Name()
		if !ok {
			t.Fatal(l.Err())
		}
		names = append(names, string(name))
		if string(name) == "b" {
			s, _, _ := l.String()
			values = append(values, string(s))
			continue
		}
		if !l.Skip() {
			t.Fatal(l.Err())
		}
	}
	if !l.Finish() {
		t.Fatal(l.Err())
	}
	if diff := cmp.Diff([]string{"a", "b"}, names); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"y"}, values); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}

// nested returns depth containers, alternating lists and objects, around 1.
func nested(depth int) string {
	var open, close strings.Builder
	for i := 0; i < depth; i++ {
		if i%2 == 0 {
			open.WriteString(`[`)
		} else {
			open.WriteString(`{"k":`)
		}
	}
	for i := depth - 1; i >= 0; i-- {
		if i%2 == 0 {
			close.WriteString(`]`)
		} else {
			close.WriteString(`}`)
		}
	}
	return open.String() + "1" + close.String()
}

func TestSkipDeep(t *testing.T) {
	for _, depth := range []int{1, 2, 63, 64, 65, 128, 500, jsonlex.MaxDepth} {
		in := nested(depth)
		l := jsonlex.New([]byte(in))
		if !l.Skip() || !l.Finish() {
			t.Errorf("depth %d: %v", depth, l.Err())
		}
	}
	// Siblings after a deep subtree must be read in the right container.
	in := `{"a":` + nested(300) + `,"b":[` + nested(301) + `,{}],"c":1}`
	if l := jsonlex.New([]byte(in)); !l.Skip() || !l.Finish() {
		t.Errorf("deep siblings: %v", l.Err())
	}
	// Mixing up which container is open at depth 64, 128, ... is a syntax
	// error that must be caught.
	if l := jsonlex.New([]byte(strings.Repeat("[", 64) + `"a":1` + strings.Repeat("]", 64))); l.Skip() {
		t.Errorf("a member in a list at depth 64 was accepted")
	}

	for _, depth := range []int{jsonlex.MaxDepth + 1, 1000, 100000, 1 << 20} {
		for _, in := range []string{nested(depth), strings.Repeat("[", depth), strings.Repeat(`{"":`, depth)} {
			l := jsonlex.New([]byte(in))
			if l.Skip() {
				t.Errorf("depth %d: Skip accepted nesting deeper than MaxDepth", depth)
			}
			want := "nesting deeper than 512 levels"
			if err := l.Err(); err == nil || err.Msg != want {
				t.Errorf("depth %d: error %v; want %q", depth, err, want)
			}
		}
	}
}

func TestStopsAtFirstError(t *testing.T) {
	l := jsonlex.New([]byte(`[x] "ok" 1 true null`))
	if l.Skip() {
		t.Fatal("Skip accepted [x]")
	}
	first := *l.Err()
	if _, _, ok := l.String(); ok {
		t.Error("String succeeded after an error")
	}
	if _, ok := l.Number(); ok {
		t.Error("Number succeeded after an error")
	}
	if _, ok := l.Bool(); ok {
		t.Error("Bool succeeded after an error")
	}
	if l.Null() || l.Begin('[') || l.More(']', true) || l.Skip() || l.Finish() {
		t.Error("a call succeeded after an error")
	}
	if _, _, ok := l.Name(); ok {
		t.Error("Name succeeded after an error")
	}
	if k := l.Peek(); k != jsonlex.Invalid {
		t.Errorf("Peek after an error = %v", k)
	}
	if *l.Err() != first {
		t.Errorf("error changed from %v to %v", first, l.Err())
	}
	l.Reset([]byte(`[]`))
	if l.Err() != nil || !l.Skip() || !l.Finish() {
		t.Errorf("after Reset: %v", l.Err())
	}
}

func TestSyntaxErrorString(t *testing.T) {
	err := &jsonlex.SyntaxError{Offset: 3, Msg: "invalid number"}
	if got, want := err.Error(), "invalid number at offset 3"; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
}

func TestPosition(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		want   jsonlex.Pos // line, column in characters, column in UTF-16 units
	}{
		{"", 0, jsonlex.Pos{1, 1, 1}},
		{"abc", 0, jsonlex.Pos{1, 1, 1}},
		{"abc", 2, jsonlex.Pos{1, 3, 3}},
		{"abc", 3, jsonlex.Pos{1, 4, 4}},
		{"a\nb", 2, jsonlex.Pos{2, 1, 1}},
		{"a\nbc", 3, jsonlex.Pos{2, 2, 2}},
		{"a\r\nb", 3, jsonlex.Pos{2, 1, 1}},   // CR LF ends one line
		{"a\r\nb", 2, jsonlex.Pos{1, 2, 2}},   // between CR and LF: the CR
		{"a\rb", 2, jsonlex.Pos{2, 1, 1}},     // a lone CR ends a line
		{"a\r\rb\r", 4, jsonlex.Pos{3, 2, 2}}, // two lone CRs, two lines
		{"a\n\r\nb", 4, jsonlex.Pos{3, 1, 1}}, // LF, then CR LF
		{"\n\n\n", 3, jsonlex.Pos{4, 1, 1}},
		{"é", 2, jsonlex.Pos{1, 2, 2}},         // two bytes, one character
		{"世界x", 6, jsonlex.Pos{1, 3, 3}},       // three bytes each
		{"🙂x", 4, jsonlex.Pos{1, 2, 3}},        // four bytes, two UTF-16 units
		{"🙂🙂\r🙂x", 13, jsonlex.Pos{2, 2, 3}},   // columns restart after a lone CR
		{"\t\tx", 2, jsonlex.Pos{1, 3, 3}},     // a tab is one column
		{"\xff\xfex", 2, jsonlex.Pos{1, 3, 3}}, // an invalid byte is one column
		{"é", 1, jsonlex.Pos{1, 2, 2}},         // an offset inside a character: after it
		{"ab\ncd", 100, jsonlex.Pos{2, 3, 3}},  // past the end: the end
		{"ab", -1, jsonlex.Pos{1, 1, 1}},
	}
	for _, tt := range tests {
		got := jsonlex.Position([]byte(tt.in), tt.offset)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Position(%q, %d) (-want +got):\n%s", tt.in, tt.offset, diff)
		}
	}
	// The position of a syntax error in a document, with each kind of line end.
	for _, nl := range []string{"\n", "\r\n", "\r"} {
		in := strings.ReplaceAll("{\n  \"a\": [1,\n  2,]\n}", "\n", nl)
		l := jsonlex.New([]byte(in))
		l.Skip()
		if got, want := jsonlex.Position([]byte(in), l.Err().Offset), (jsonlex.Pos{3, 5, 5}); got != want {
			t.Errorf("%q: syntax error at %+v; want %+v (%v)", in, got, want, l.Err())
		}
	}
}

func TestZeroAllocs(t *testing.T) {
	doc := []byte(`{"ClientName": "web-app", "AccessTokenValidity": 60, "CallbackURLs": ["https://a.example/cb", "myapp://cb"], "TokenValidityUnits": {"AccessToken": "minutes"}, "EnableTokenRevocation": true, "X": null}`)
	str := []byte(`  "https://app.example.com/callback"`)
	num := []byte(` -123.5e7`)
	var l jsonlex.Lexer
	tests := []struct {
		name string
		run  func() bool
	}{
		{"String", func() bool {
			l.Reset(str)
			s, flags, ok := l.String()
			return ok && flags == 0 && len(s) > 0 && l.Finish()
		}},
		{"Number", func() bool {
			l.Reset(num)
			_, ok := l.Number()
			return ok && l.Finish()
		}},
		{"Skip", func() bool {
			l.Reset(doc)
			return l.Skip() && l.Finish()
		}},
		{"Skip deep", func() bool {
			l.Reset(nestedDoc)
			return l.Skip() && l.Finish()
		}},
	}
	for _, tt := range tests {
		if !tt.run() {
			t.Fatalf("%s: %v", tt.name, l.Err())
		}
		if allocs := testing.AllocsPerRun(100, func() { tt.run() }); allocs != 0 {
			t.Errorf("%s: %v allocations per run; want 0", tt.name, allocs)
		}
	}
}

var nestedDoc = []byte(nested(500))

// jsonDepth returns the deepest nesting of a valid document.
func jsonDepth(data []byte) int {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	depth, deepest := 0, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) || err != nil {
			return deepest
		}
		switch tok {
		case json.Delim('['), json.Delim('{'):
			depth++
			deepest = max(deepest, depth)
		case json.Delim(']'), json.Delim('}'):
			depth--
		}
	}
}

// FuzzLexer checks Skip+Finish against encoding/json.Valid: they must agree,
// except that the lexer refuses nesting deeper than MaxDepth. It also checks
// that errors lie inside the input and that strings unescape as
// encoding/json unescapes them.
func FuzzLexer(f *testing.F) {
	for _, s := range []string{
		``, ` `, `{}`, `[]`, `null`, `true`, `fals`, `nulls`, `-0`, `01`, `1.`, `-`, `1e`, `.5`, `+1`, `1E+2`,
		`"\ud83d\ude42"`, `"\ud800"`, "\"\xff\"", "\"\x01\"", `"\u00e9\n\/"`, `{"a":[1,{"b":null}],"c":"x"}`,
		`[1,]`, `{"a":1,}`, `{} {}`, `{"a" 1}`, nested(40), nested(jsonlex.MaxDepth), nested(jsonlex.MaxDepth + 1),
		strings.Repeat("[", 64) + `"a":1` + strings.Repeat("]", 64),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l := jsonlex.New(data)
		ok := l.Skip() && l.Finish()
		err := l.Err()
		if ok != (err == nil) {
			t.Fatalf("Skip+Finish = %v with error %v", ok, err)
		}
		if err != nil {
			if err.Offset < 0 || err.Offset > len(data) {
				t.Fatalf("error offset %d outside the input (%d bytes): %v", err.Offset, len(data), err)
			}
			jsonlex.Position(data, err.Offset)
		}
		valid := json.Valid(data)
		switch {
		case ok && !valid:
			t.Fatalf("Skip+Finish accepted %q, which encoding/json rejects", data)
		case !ok && valid:
			if d := jsonDepth(data); d <= jsonlex.MaxDepth || err.Msg != "nesting deeper than 512 levels" {
				t.Fatalf("Skip+Finish rejected %q (depth %d), which encoding/json accepts: %v", data, d, err)
			}
		}

		// A document that is one string unescapes as encoding/json does.
		l.Reset(data)
		if l.Peek() == jsonlex.String {
			s, flags, sok := l.String()
			if sok && l.Finish() && flags == 0 {
				var want string
				if err := json.Unmarshal(data, &want); err != nil {
					t.Fatalf("String accepted %q, which encoding/json rejects: %v", data, err)
				}
				if string(s) != want {
					t.Fatalf("String(%q) = %q; encoding/json gives %q", data, s, want)
				}
			}
		}
	})
}
