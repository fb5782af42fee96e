package node

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// jsonSeeds and yamlSeeds seed the fuzzers with small templates.
var jsonSeeds = []string{
	`{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "CallbackURLs": ["https://x"], "AccessTokenValidity": 60}}}}`,
	`{"a": 1, "a": 2}`,
	"\xEF\xBB\xBF{\"a\": [true, false, null, -1.5e10]}",
	"{\r\n\"é\": \"\\ud83d\\ude00\",\r\"b\": \"\\ud800\"\n}",
	`["\u0000\"\\\/\b\f\n\r\t"]`,
	`[[[[[[]]]]]]`,
	`{"a": {"b": {"c": []}}, "d": ""}`,
	"[\"\xFF\"]",
	`01`,
	``,
}

var yamlSeeds = []string{
	"AWSTemplateFormatVersion: 2010-09-09\nResources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      ClientName: !Sub '${AWS::StackName}-c'\n      CallbackURLs: [!GetAtt Api.Url]\n",
	"a: !If [c, !Ref a, !Ref AWS::NoValue]\nb: !GetAtt R.Out.V\nc: !Join ['', [a, !Select [0, !GetAZs '']]]\n",
	"a: &x [1, 2]\nb: *x\nc: &y {k: *x}\nd: *y\n",
	"a: 1\na: 2\n",
	"a: !Base64 !Sub x\n",
	"a: !Foo x\nb: !ref y\n",
	"a: &a [*a]\n",
	"<<: {a: 1}\n",
	"a: 1\n---\nb: 2\n",
	"\xEF\xBB\xBFa: é\r\nb: |\r\n  x\r\n  y\r\nc: >-\n  z\n",
	"{a: [1, {b: c}], 'd': \"e\\u00e9\", ? [x] : y}",
	"a: !!str 1\nb: !!int 0x1F\nc: !!binary aGk=\nd: !!float .inf\n",
	"a0: &a0 [l]\na1: &a1 [*a0, *a0, *a0]\na2: &a2 [*a1, *a1, *a1]\n",
	"- - - x\n  - y\n- !Sub\n  - a\n  - {b: c}\n",
	"",
	"# only a comment\n",
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range jsonSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := ParseJSON(data)
		body, _ := skipBOM(data)
		valid := json.Valid(body)
		if err != nil {
			e := checkError(t, err)
			checkErrorPos(t, data, e)
			if valid && e.Kind != "duplicate-key" && e.Kind != "limit" &&
				!strings.Contains(e.Msg, "UTF-8") && !strings.Contains(e.Msg, "surrogate") {
				t.Fatalf("valid JSON refused: %v", e)
			}
			return
		}
		if !valid {
			t.Fatalf("invalid JSON read as %+v", n)
		}
		checkTree(t, data, n)
		walk(n, func(n *Node) {
			checkJSONPos(t, data, n.Pos)
			for _, p := range n.Pairs {
				checkJSONPos(t, data, p.KeyPos)
			}
		})
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		var want any
		if err := dec.Decode(&want); err != nil {
			t.Fatalf("encoding/json: %v", err)
		}
		if diff := cmp.Diff(want, toAny(n)); diff != "" {
			t.Fatalf("ParseJSON disagrees with encoding/json (-want +got):\n%s", diff)
		}
	})
}

func FuzzParseYAML(f *testing.F) {
	for _, s := range yamlSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := ParseYAML(data)
		if err != nil {
			e := checkError(t, err)
			checkErrorPos(t, data, e)
			return
		}
		checkTree(t, data, n)
		body, skip := skipBOM(data)
		lines := newLineIndex(body)
		walk(n, func(n *Node) {
			checkYAMLPos(t, lines, skip, n.Pos)
			for _, p := range n.Pairs {
				checkYAMLPos(t, lines, skip, p.KeyPos)
			}
		})
		// What reads as YAML reads the same through Parse unless it
		// looks like JSON.
		if trimmed := bytes.TrimLeft(body, " \t\r\n"); len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
			return
		}
		m, err := Parse(data)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		if diff := cmp.Diff(n, m); diff != "" {
			t.Fatalf("Parse disagrees with ParseYAML (-ParseYAML +Parse):\n%s", diff)
		}
	})
}

// checkErrorPos checks an error's position: inside the input, and
// complete when it has a column.
func checkErrorPos(t *testing.T, data []byte, e *Error) {
	t.Helper()
	p := e.Pos
	if p.Line < 0 || p.Column < 0 || p.Offset < 0 || p.Offset > len(data) || p.Column > 0 && p.Line == 0 {
		t.Fatalf("error %q at bad position %+v in input of %d bytes", e.Msg, p, len(data))
	}
}

// checkJSONPos checks that a position's line and column are those of its
// offset, counted from the start.
func checkJSONPos(t *testing.T, data []byte, p Pos) {
	t.Helper()
	body, skip := skipBOM(data)
	line, col := 1, 1
	for i := 0; i < p.Offset-skip; {
		switch c := body[i]; {
		case c == '\r' && i+1 < len(body) && body[i+1] == '\n':
			line, col, i = line+1, 1, i+2
		case c == '\r' || c == '\n':
			line, col, i = line+1, 1, i+1
		default:
			_, n := utf8.DecodeRune(body[i:])
			col, i = col+1, i+n
		}
	}
	if line != p.Line || col != p.Column {
		t.Fatalf("position %+v: its offset is at line %d, column %d", p, line, col)
	}
}

// checkYAMLPos checks that the offset computed for a position is at the
// position's line and column.
func checkYAMLPos(t *testing.T, lines *lineIndex, skip int, p Pos) {
	t.Helper()
	line, col := lines.lineCol(p.Offset - skip)
	if line != p.Line || col != p.Column {
		t.Fatalf("position %+v: its offset is at line %d, column %d", p, line, col)
	}
}

// toAny converts n as encoding/json decodes with UseNumber.
func toAny(n *Node) any {
	switch n.Kind {
	case Null:
		return nil
	case Bool:
		return n.Text == "true"
	case Number:
		return json.Number(n.Text)
	case String:
		return n.Text
	case List:
		l := make([]any, len(n.Items))
		for i, it := range n.Items {
			l[i] = toAny(it)
		}
		return l
	}
	m := make(map[string]any, len(n.Pairs))
	for _, p := range n.Pairs {
		m[p.Key] = toAny(p.Value)
	}
	return m
}
