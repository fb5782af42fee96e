package node

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseJSON(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     *Node
	}{
		{"scalars", `[null, true, false, 0, -0, 1.5e+3, 2E-7, 123456789012345678901234567890, "s"]`,
			list(null("null"), boo("true"), boo("false"), num("0"), num("-0"), num("1.5e+3"), num("2E-7"),
				num("123456789012345678901234567890"), str("s"))},
		{"escapes", `"\" \\ \/ \b \f \n \r \t \u00e9 \u20AC"`, str("\" \\ / \b \f \n \r \t é €")},
		{"surrogate pair", `"\ud83d\ude00 \uD83D\uDE00"`, str("😀 😀")},
		{"raw utf-8", `"é€😀"`, str("é€😀")},
		{"nul escape", `"\u0000"`, str("\x00")},
		{"object", `{"Resources": {"A": {"Type": "x", "Properties": {"L": [1, {"Ref": "B"}]}}}, "E": {}, "F": []}`,
			obj("Resources", obj("A", obj("Type", str("x"), "Properties", obj("L", list(num("1"), obj("Ref", str("B")))))),
				"E", obj(), "F", list())},
		{"white space", " \t\r\n{ \"a\" :\r 1 }\n ", obj("a", num("1"))},
		{"bom", "\xEF\xBB\xBF{\"a\": 1}", obj("a", num("1"))},
		{"many keys", manyKeys(100), nil},
	} {
		got, err := ParseJSON([]byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		checkTree(t, []byte(tt.in), got)
		if tt.want == nil {
			continue
		}
		if diff := cmp.Diff(tt.want, got, ignorePos); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// manyKeys is an object with n distinct keys, and so with an index.
func manyKeys(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`"k` + strings.Repeat("x", i) + `": 1`)
	}
	b.WriteString("}")
	return b.String()
}

func TestParseJSONPositions(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     *Node
	}{
		{"crlf", "{\r\n \"a\": 1,\r\n \"b\": [\r\n  true]}", &Node{Kind: Map, Pos: Pos{1, 1, 0}, Pairs: []Pair{
			{Key: "a", KeyPos: Pos{2, 2, 4}, Value: &Node{Kind: Number, Text: "1", Pos: Pos{2, 7, 9}}},
			{Key: "b", KeyPos: Pos{3, 2, 14}, Value: &Node{Kind: List, Pos: Pos{3, 7, 19}, Items: []*Node{
				{Kind: Bool, Text: "true", Pos: Pos{4, 3, 24}}}}},
		}}},
		{"lone cr and lf", "[\r1,\n2,\r\n3]", &Node{Kind: List, Pos: Pos{1, 1, 0}, Items: []*Node{
			{Kind: Number, Text: "1", Pos: Pos{2, 1, 2}}, {Kind: Number, Text: "2", Pos: Pos{3, 1, 5}},
			{Kind: Number, Text: "3", Pos: Pos{4, 1, 9}}}}},
		{"multi-byte", `{"é€😀": "ü", "x": 1}`, &Node{Kind: Map, Pos: Pos{1, 1, 0}, Pairs: []Pair{
			{Key: "é€😀", KeyPos: Pos{1, 2, 1}, Value: &Node{Kind: String, Text: "ü", Pos: Pos{1, 9, 14}}},
			{Key: "x", KeyPos: Pos{1, 14, 20}, Value: &Node{Kind: Number, Text: "1", Pos: Pos{1, 19, 25}}},
		}}},
		{"escapes count as written", `["\u00e9", 1]`, &Node{Kind: List, Pos: Pos{1, 1, 0}, Items: []*Node{
			{Kind: String, Text: "é", Pos: Pos{1, 2, 1}}, {Kind: Number, Text: "1", Pos: Pos{1, 12, 11}}}}},
		{"bom", "\xEF\xBB\xBF[1]", &Node{Kind: List, Pos: Pos{1, 1, 3}, Items: []*Node{
			{Kind: Number, Text: "1", Pos: Pos{1, 2, 4}}}}},
	} {
		got, err := ParseJSON([]byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestParseJSONErrors(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		kind     string
		pos      Pos
		msg      string // a substring of the message
	}{
		{"empty", "", "syntax", Pos{1, 1, 0}, "end of input"},
		{"white space", " \n", "syntax", Pos{2, 1, 2}, "end of input"},
		{"duplicate key", `{"a": 1, "b": 2, "a": 3}`, "duplicate-key", Pos{1, 18, 17}, `duplicate key "a"`},
		{"duplicate key nested crlf", "{\"x\": {\r\n\"é\": 1,\r\n\"é\": 2}}", "duplicate-key", Pos{3, 1, 19}, "first at line 2, column 1"},
		{"duplicate key escaped", `{"a": 1, "\u0061": 2}`, "duplicate-key", Pos{1, 10, 9}, `duplicate key "a"`},
		{"duplicate key many", manyKeys(40)[:len(manyKeys(40))-1] + `, "kxx": 2}`, "duplicate-key", Pos{1, 1063, 1062}, `duplicate key "kxx"`},
		{"lone high surrogate", `["\ud800"]`, "syntax", Pos{1, 3, 2}, "lone surrogate"},
		{"lone low surrogate", `["\udc00\udc00"]`, "syntax", Pos{1, 3, 2}, "lone surrogate"},
		{"high then not low", `["\ud800\u0041"]`, "syntax", Pos{1, 3, 2}, "lone surrogate"},
		{"high then other escape", `["\ud800\n"]`, "syntax", Pos{1, 3, 2}, "lone surrogate"},
		{"invalid utf-8", "[\"ab\xFFc\"]", "syntax", Pos{1, 5, 4}, "invalid UTF-8"},
		{"invalid utf-8 outside", "[1, \xFF]", "syntax", Pos{1, 5, 4}, "byte 0xff"},
		{"control character", "[\"a\tb\"]", "syntax", Pos{1, 4, 3}, "must be escaped"},
		{"bad escape", `["\x"]`, "syntax", Pos{1, 3, 2}, "invalid escape"},
		{"short unicode escape", `["\u12"]`, "syntax", Pos{1, 3, 2}, "four hexadecimal digits"},
		{"unterminated", `["abc`, "syntax", Pos{1, 6, 5}, "unterminated string"},
		{"leading zero", `[01]`, "syntax", Pos{1, 2, 1}, "leading zero"},
		{"bare minus", `[-]`, "syntax", Pos{1, 3, 2}, "digit"},
		{"no fraction", `[1.]`, "syntax", Pos{1, 4, 3}, "decimal point"},
		{"no exponent", `[1e+]`, "syntax", Pos{1, 5, 4}, "exponent"},
		{"plus", `[+1]`, "syntax", Pos{1, 2, 1}, "unexpected character '+'"},
		{"trailing comma", `[1,]`, "syntax", Pos{1, 4, 3}, "unexpected character ']'"},
		{"trailing comma object", `{"a": 1,}`, "syntax", Pos{1, 9, 8}, "key must be a string"},
		{"single quotes", `{'a': 1}`, "syntax", Pos{1, 2, 1}, "key must be a string"},
		{"missing colon", `{"a" 1}`, "syntax", Pos{1, 6, 5}, "':' must follow"},
		{"bad literal", `[tru]`, "syntax", Pos{1, 2, 1}, "invalid literal"},
		{"capital literal", `[True]`, "syntax", Pos{1, 2, 1}, "unexpected character 'T'"},
		{"two values", "{}\n{}", "syntax", Pos{2, 1, 3}, "a template is one JSON value"},
		{"unclosed", `{"a": [1, 2}`, "syntax", Pos{1, 12, 11}, "',' or ']'"},
		{"comment", "{} // x", "syntax", Pos{1, 4, 3}, "a template is one JSON value"},
		{"too deep", strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1), "limit", Pos{1, MaxDepth + 1, MaxDepth}, "at most 512"},
		{"too deep objects", strings.Repeat(`{"a":`, MaxDepth+1), "limit", Pos{1, 5*MaxDepth + 1, 5 * MaxDepth}, "nesting"},
		{"bom twice", "\xEF\xBB\xBF\xEF\xBB\xBF[]", "syntax", Pos{1, 1, 3}, "unexpected character"},
	} {
		got, err := ParseJSON([]byte(tt.in))
		if err == nil {
			t.Errorf("%s: no error, got %+v", tt.name, got)
			continue
		}
		e := checkError(t, err)
		if e.Kind != tt.kind || e.Pos != tt.pos || !strings.Contains(e.Msg, tt.msg) {
			t.Errorf("%s: error %q of kind %q at %+v, want kind %q at %+v saying %q", tt.name, e.Msg, e.Kind, e.Pos, tt.kind, tt.pos, tt.msg)
		}
	}
	deep := strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth)
	if _, err := ParseJSON([]byte(deep)); err != nil {
		t.Errorf("depth %d: %v", MaxDepth, err)
	}
}
