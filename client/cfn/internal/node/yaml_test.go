package node

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

func TestParseYAMLShortTags(t *testing.T) {
	for _, tag := range []string{"Ref", "Condition", "Sub", "If", "Join", "Select", "FindInMap", "ImportValue", "Base64",
		"Split", "Equals", "Not", "And", "Or", "GetAZs", "Cidr", "Transform", "ToJsonString", "Length"} {
		key := "Fn::" + tag
		if tag == "Ref" || tag == "Condition" {
			key = tag
		}
		got, err := ParseYAML([]byte("x: !" + tag + " v\n"))
		if err != nil {
			t.Errorf("!%s: %v", tag, err)
			continue
		}
		want := &Node{Kind: Map, Pos: Pos{1, 1, 0}, Pairs: []Pair{{Key: "x", KeyPos: Pos{1, 1, 0}, Value: &Node{
			Kind: Map, Pos: Pos{1, 4, 3}, Pairs: []Pair{{Key: key, KeyPos: Pos{1, 4, 3},
				Value: &Node{Kind: String, Text: "v", Pos: Pos{1, 6 + len(tag), 5 + len(tag)}}}},
		}}}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("!%s (-want +got):\n%s", tag, diff)
		}
	}
}

func TestParseYAML(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     *Node
	}{
		{"getatt dotted", "a: !GetAtt Res.Arn\n", obj("a", fn("Fn::GetAtt", list(str("Res"), str("Arn"))))},
		{"getatt first dot", "a: !GetAtt Res.Out.Value\n", obj("a", fn("Fn::GetAtt", list(str("Res"), str("Out.Value"))))},
		{"getatt no dot", "a: !GetAtt Res\n", obj("a", fn("Fn::GetAtt", list(str("Res"))))},
		{"getatt quoted", "a: !GetAtt 'Res.Arn'\n", obj("a", fn("Fn::GetAtt", list(str("Res"), str("Arn"))))},
		{"getatt list", "a: !GetAtt [Res, Out.Value]\n", obj("a", fn("Fn::GetAtt", list(str("Res"), str("Out.Value"))))},
		{"getatt block list", "a: !GetAtt\n  - Res\n  - Arn\n", obj("a", fn("Fn::GetAtt", list(str("Res"), str("Arn"))))},
		{"nested", "a: !If [c, !Ref a, !Ref AWS::NoValue]\n",
			obj("a", fn("Fn::If", list(str("c"), fn("Ref", str("a")), fn("Ref", str("AWS::NoValue")))))},
		{"sub list", "a: !Sub\n  - '${A}-x'\n  - A: !Ref B\n",
			obj("a", fn("Fn::Sub", list(str("${A}-x"), obj("A", fn("Ref", str("B"))))))},
		{"base64 of long sub", "a: !Base64\n  Fn::Sub: x\n", obj("a", fn("Fn::Base64", obj("Fn::Sub", str("x"))))},
		{"tagged scalar stays a string", "a: !Ref 123\nb: !Condition true\n", obj("a", fn("Ref", str("123")), "b", fn("Condition", str("true")))},
		{"tagged block scalar", "a: !Sub |\n  x ${A}\n", obj("a", fn("Fn::Sub", str("x ${A}\n")))},
		{"tagged empty", "a: !Ref\n", obj("a", fn("Ref", str("")))},
		{"core schema", "a: null\nb: ~\nc:\nd: True\ne: FALSE\nf: 0123\ng: 0o17\nh: 0x1F\ni: -1.5e3\nj: .inf\nk: -.Inf\nl: .NaN\nm: yes\nn: 2010-09-09\no: 1_000\np: 0b101\nq: on\nr: +12\ns: .5\nt: 1.\n",
			obj("a", null("null"), "b", null("~"), "c", null(""), "d", boo("True"), "e", boo("FALSE"), "f", num("0123"),
				"g", num("0o17"), "h", num("0x1F"), "i", num("-1.5e3"), "j", num(".inf"), "k", num("-.Inf"), "l", num(".NaN"),
				"m", str("yes"), "n", str("2010-09-09"), "o", str("1_000"), "p", str("0b101"), "q", str("on"), "r", num("+12"),
				"s", num(".5"), "t", num("1."))},
		{"quoted", "a: '1'\nb: \"true\"\nc: 'null'\n", obj("a", str("1"), "b", str("true"), "c", str("null"))},
		{"template version", "AWSTemplateFormatVersion: 2010-09-09\n", obj("AWSTemplateFormatVersion", str("2010-09-09"))},
		{"block scalars", "a: |\n  x\n  y\nb: >\n  x\n  y\n", obj("a", str("x\ny\n"), "b", str("x y\n"))},
		{"standard tags", "a: !!str 123\nb: !!int 7\nc: !!bool true\nd: !!null ~\ne: !!float 1.5\nf: !!seq [1]\ng: !!map {x: 1}\nh: !!binary aGk=\ni: !!timestamp 2001-12-14\nj: !!float 3\n",
			obj("a", str("123"), "b", num("7"), "c", boo("true"), "d", null("~"), "e", num("1.5"), "f", list(num("1")),
				"g", obj("x", num("1")), "h", str("aGk="), "i", str("2001-12-14"), "j", num("3"))},
		{"long tag", "a: !<tag:yaml.org,2002:str> 5\n", obj("a", str("5"))},
		{"alias", "a: &x [1, !Ref b]\nb: *x\n", obj("a", list(num("1"), fn("Ref", str("b"))), "b", list(num("1"), fn("Ref", str("b"))))},
		{"alias of tagged", "a: &x !Ref b\nb: *x\n", obj("a", fn("Ref", str("b")), "b", fn("Ref", str("b")))},
		{"alias key", "a: &k name\n*k : 1\n", obj("a", str("name"), "name", num("1"))},
		{"quoted merge key is a key", "'<<': 1\n", obj("<<", num("1"))},
		{"empty", "", obj()},
		{"comments only", "# nothing\n", obj()},
		{"empty document", "---\n", null("")},
		{"document end", "a: 1\n...\n", obj("a", num("1"))},
		{"bom", "\xEF\xBB\xBFa: 1\n", obj("a", num("1"))},
		{"flow", "{a: [1, {b: c}], d: []}", obj("a", list(num("1"), obj("b", str("c"))), "d", list())},
	} {
		got, err := ParseYAML([]byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		checkTree(t, []byte(tt.in), got)
		if diff := cmp.Diff(tt.want, got, ignorePos); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestParseYAMLPositions(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     *Node
	}{
		{"crlf", "a: 1\r\nb:\r\n  - x\r\n", &Node{Kind: Map, Pos: Pos{1, 1, 0}, Pairs: []Pair{
			{Key: "a", KeyPos: Pos{1, 1, 0}, Value: &Node{Kind: Number, Text: "1", Pos: Pos{1, 4, 3}}},
			{Key: "b", KeyPos: Pos{2, 1, 6}, Value: &Node{Kind: List, Pos: Pos{3, 3, 12}, Items: []*Node{
				{Kind: String, Text: "x", Pos: Pos{3, 5, 14}}}}},
		}}},
		{"multi-byte", "é: ünï — v\nb: x\n", &Node{Kind: Map, Pos: Pos{1, 1, 0}, Pairs: []Pair{
			{Key: "é", KeyPos: Pos{1, 1, 0}, Value: &Node{Kind: String, Text: "ünï — v", Pos: Pos{1, 4, 4}}},
			{Key: "b", KeyPos: Pos{2, 1, 16}, Value: &Node{Kind: String, Text: "x", Pos: Pos{2, 4, 19}}},
		}}},
		{"multi-byte flow", "[ééé, x]", &Node{Kind: List, Pos: Pos{1, 1, 0}, Items: []*Node{
			{Kind: String, Text: "ééé", Pos: Pos{1, 2, 1}}, {Kind: String, Text: "x", Pos: Pos{1, 7, 9}}}}},
		{"bom", "\xEF\xBB\xBFa: 1\n", &Node{Kind: Map, Pos: Pos{1, 1, 3}, Pairs: []Pair{
			{Key: "a", KeyPos: Pos{1, 1, 3}, Value: &Node{Kind: Number, Text: "1", Pos: Pos{1, 4, 6}}}}}},
		{"getatt", "a: !GetAtt R.Arn\n", &Node{Kind: Map, Pos: Pos{1, 1, 0}, Pairs: []Pair{
			{Key: "a", KeyPos: Pos{1, 1, 0}, Value: &Node{Kind: Map, Pos: Pos{1, 4, 3}, Pairs: []Pair{
				{Key: "Fn::GetAtt", KeyPos: Pos{1, 4, 3}, Value: &Node{Kind: List, Pos: Pos{1, 12, 11}, Items: []*Node{
					{Kind: String, Text: "R", Pos: Pos{1, 12, 11}}, {Kind: String, Text: "Arn", Pos: Pos{1, 12, 11}}}}}}}}}}},
		{"tag on the next line", "a: !Sub\n  - x\n", &Node{Kind: Map, Pos: Pos{1, 1, 0}, Pairs: []Pair{
			{Key: "a", KeyPos: Pos{1, 1, 0}, Value: &Node{Kind: Map, Pos: Pos{1, 4, 3}, Pairs: []Pair{
				{Key: "Fn::Sub", KeyPos: Pos{1, 4, 3}, Value: &Node{Kind: List, Pos: Pos{1, 4, 3}, Items: []*Node{
					{Kind: String, Text: "x", Pos: Pos{2, 5, 12}}}}}}}}}}},
	} {
		got, err := ParseYAML([]byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestParseYAMLErrors(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		kind     string
		pos      Pos
		msg      []string // substrings of the message
	}{
		{"unknown tag", "a:\n  b: !Foo x\n", "tag", Pos{2, 6, 8}, []string{"unknown tag !Foo", "!Ref", "!GetAtt"}},
		{"lowercase ref", "a: !ref x\n", "tag", Pos{1, 4, 3}, []string{"unknown tag !ref", "case-sensitive"}},
		{"unknown tag on list", "a: !Foo [1]\n", "tag", Pos{1, 4, 3}, []string{"unknown tag !Foo"}},
		{"set tag", "a: !!set {x}\n", "tag", Pos{1, 4, 3}, []string{"unknown tag !!set"}},
		{"two tags", "a: !Base64 !Sub x\n", "tag", Pos{1, 12, 11}, []string{"cannot carry two tags", "Fn::Base64: !Sub"}},
		{"two tags nested", "a:\n  b: [!Ref !Sub x]\n", "tag", Pos{2, 12, 14}, []string{"cannot carry two tags", "Ref: !Sub"}},
		{"two tags top", "!Base64 !Sub x\n", "tag", Pos{1, 9, 8}, []string{"cannot carry two tags"}},
		{"two tags in a block list", "- x\n- !Not !Equals [a, b]\n", "tag", Pos{2, 8, 11}, []string{"Fn::Not: !Equals"}},
		{"two tags after a block scalar", "a: |\n  !x !y\nb: !If !Ref\n", "tag", Pos{3, 8, 20}, []string{"(!If and !Ref)"}},
		{"text like two tags", "a: |\n  !x !y\nb: [\n", "syntax", Pos{Line: 3, Offset: 13}, []string{"invalid YAML"}},
		{"duplicate key", "a: 1\nb: 2\na: 3\n", "duplicate-key", Pos{3, 1, 10}, []string{`duplicate key "a"`, "line 1, column 1"}},
		{"duplicate key nested", "R:\n  P:\n    x: 1\n    x: 2\n", "duplicate-key", Pos{4, 5, 21}, []string{`duplicate key "x"`}},
		{"duplicate key flow", "{a: 1, a: 2}", "duplicate-key", Pos{1, 8, 7}, []string{`duplicate key "a"`}},
		{"duplicate key quoted", "a: 1\n'a': 2\n", "duplicate-key", Pos{2, 1, 5}, []string{`duplicate key "a"`}},
		{"duplicate key crlf", "a: 1\r\nb: 2\r\na: 3\r\n", "duplicate-key", Pos{3, 1, 12}, nil},
		{"duplicate key multi-byte", "é: 1\nx: {ü: 1, ü: 2}\n", "duplicate-key", Pos{2, 11, 17}, nil},
		{"merge key", "a: &x {b: 1}\nc:\n  <<: *x\n", "syntax", Pos{3, 3, 18}, []string{"merge key", "write the keys out"}},
		{"list key", "? [a]\n: 1\n", "syntax", Pos{1, 3, 2}, []string{"a map's keys must be scalars"}},
		{"tagged key", "!Ref a: 1\n", "tag", Pos{1, 1, 0}, []string{"on a key"}},
		{"two documents", "a: 1\n---\nb: 2\n", "syntax", Pos{2, 1, 5}, []string{"a template is one YAML document"}},
		{"recursive alias", "a: &x [1, *x]\n", "alias", Pos{1, 11, 10}, []string{"recursive alias *x"}},
		{"recursive alias in map", "a: &x\n  b: *x\n", "alias", Pos{2, 6, 11}, []string{"recursive alias"}},
		{"unknown anchor", "a: *x\n", "alias", Pos{1, 4, 3}, []string{"alias *x names no anchor"}},
		{"unknown anchor later", "a: &xy 1\nc: *xy\nb: [*x]\n", "alias", Pos{3, 5, 20}, []string{"alias *x names no anchor"}},
		{"bad int", "a: !!int x\n", "tag", Pos{1, 4, 3}, []string{"must be an integer"}},
		{"bad bool", "a: !!bool yes\n", "tag", Pos{1, 4, 3}, []string{"must be true or false"}},
		{"bad map", "a: !!map [1]\n", "tag", Pos{1, 4, 3}, []string{"must be a mapping"}},
		{"bad str", "a: !!str [1]\n", "tag", Pos{1, 4, 3}, []string{"must be a scalar"}},
		{"syntax with line", "a:\n  b: [1\n", "syntax", Pos{Line: 1}, []string{"did not find expected ',' or ']'"}},
		{"syntax", "a: b: c\n", "syntax", Pos{}, []string{"mapping values are not allowed"}},
		{"tab", "a:\n\tb: 1\n", "syntax", Pos{Line: 2, Offset: 3}, []string{"invalid YAML: "}},
		{"utf-16", "\xFF\xFEa\x00", "syntax", Pos{1, 1, 0}, []string{"UTF-8"}},
		{"invalid utf-8", "a: \xFF\n", "syntax", Pos{}, []string{"invalid YAML"}},
	} {
		got, err := ParseYAML([]byte(tt.in))
		if err == nil {
			t.Errorf("%s: no error, got %+v", tt.name, got)
			continue
		}
		e := checkError(t, err)
		if e.Kind != tt.kind || e.Pos != tt.pos {
			t.Errorf("%s: error %q of kind %q at %+v, want kind %q at %+v", tt.name, e.Msg, e.Kind, e.Pos, tt.kind, tt.pos)
		}
		for _, s := range tt.msg {
			if !strings.Contains(e.Msg, s) {
				t.Errorf("%s: message %q does not say %q", tt.name, e.Msg, s)
			}
		}
		if strings.HasPrefix(e.Msg, "yaml:") || strings.Contains(e.Msg, "line ") && tt.kind == "syntax" {
			t.Errorf("%s: message %q keeps the library's prefix", tt.name, e.Msg)
		}
		if r := e.Msg[0]; r >= 'A' && r <= 'Z' && !strings.HasPrefix(e.Msg, "YAML") {
			t.Errorf("%s: message %q is not lowercase", tt.name, e.Msg)
		}
	}
}

// billionLaughs is the classic alias bomb: ten levels of ten aliases
// each, 10^9 nodes expanded from a few hundred bytes.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [lol]\n")
	for i := 1; i <= 9; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func TestParseYAMLBillionLaughs(t *testing.T) {
	in := []byte(billionLaughs())
	_, err := ParseYAML(in)
	if err == nil {
		t.Fatal("a billion laughs parsed")
	}
	if e := checkError(t, err); e.Kind != "alias" || !strings.HasPrefix(e.Msg, "too many alias expansions: ") {
		t.Fatalf("error %q of kind %q, want too many alias expansions", e.Msg, e.Kind)
	}

	// The refusal comes from measuring, which visits each node of the
	// document once (and each alias once), expanding nothing.
	doc, _, derr := decodeYAML(in)
	if derr != nil {
		t.Fatal(derr)
	}
	c := &yamlConv{lines: newLineIndex(in), body: in, meas: map[*yaml.Node]measure{}}
	_, _, merr := c.measure(doc.Content[0], 1)
	if merr == nil || merr.Kind != "alias" {
		t.Fatalf("measure: %v, want an alias error", merr)
	}
	if c.visits > 200 {
		t.Errorf("measure visited %d nodes of a document of about 130", c.visits)
	}
	if c.aliasNodes <= MaxAliasNodes || c.aliasNodes > 2*MaxAliasNodes+2 {
		t.Errorf("measure counted %d alias nodes, want just over %d", c.aliasNodes, MaxAliasNodes)
	}

	// Just under the budget is fine: six levels add 10+110+...+1111110 nodes.
	small := "a0: &a0 [lol]\na1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n" +
		"a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\n" +
		"a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]\n"
	n, err := ParseYAML([]byte(small))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(n.Get("a3").Items[9].Items[9].Items); got != 10 {
		t.Errorf("a3[9][9] has %d items, want 10", got)
	}
}

func TestParseYAMLDepth(t *testing.T) {
	deep := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	if _, err := ParseYAML([]byte(deep(MaxDepth))); err != nil {
		t.Errorf("depth %d: %v", MaxDepth, err)
	}
	for _, in := range []string{
		deep(MaxDepth + 1),
		"a: " + deep(MaxDepth),
		strings.Repeat("[!Ref ", MaxDepth/2+1) + strings.Repeat("]", MaxDepth/2+1),
		"a: &x " + deep(MaxDepth-1) + "\nb: [*x]\n",
		deep(20000),
		strings.Repeat("- ", 20000) + "x\n",
	} {
		_, err := ParseYAML([]byte(in))
		if err == nil {
			t.Errorf("%.20q...: no error", in)
			continue
		}
		if e := checkError(t, err); e.Kind != "limit" {
			t.Errorf("%.20q...: error %q of kind %q, want limit", in, e.Msg, e.Kind)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want *Node
		kind string // of the error
	}{
		{in: `{"a": 1}`, want: obj("a", num("1"))},
		{in: "\xEF\xBB\xBF \n [1]", want: list(num("1"))},
		{in: "a: 1", want: obj("a", num("1"))},
		{in: "", want: obj()},
		{in: "{a: 1}", kind: "syntax"}, // JSON is strict
		{in: `{"a": 1, "a": 2}`, kind: "duplicate-key"},
	} {
		got, err := Parse([]byte(tt.in))
		if tt.kind != "" {
			if err == nil {
				t.Errorf("%q: no error", tt.in)
			} else if e := checkError(t, err); e.Kind != tt.kind {
				t.Errorf("%q: error %q of kind %q, want %q", tt.in, e.Msg, e.Kind, tt.kind)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got, ignorePos); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}
