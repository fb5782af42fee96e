package node

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// ignorePos compares trees without their positions.
var ignorePos = cmp.Options{cmpopts.IgnoreFields(Node{}, "Pos"), cmpopts.IgnoreFields(Pair{}, "KeyPos"), cmpopts.EquateEmpty()}

func str(s string) *Node  { return &Node{Kind: String, Text: s} }
func num(s string) *Node  { return &Node{Kind: Number, Text: s} }
func boo(s string) *Node  { return &Node{Kind: Bool, Text: s} }
func null(s string) *Node { return &Node{Kind: Null, Text: s} }

func list(items ...*Node) *Node { return &Node{Kind: List, Items: items} }

// obj builds a Map from keys and values in turn.
func obj(kv ...any) *Node {
	n := &Node{Kind: Map}
	for i := 0; i+1 < len(kv); i += 2 {
		n.Pairs = append(n.Pairs, Pair{Key: kv[i].(string), Value: kv[i+1].(*Node)})
	}
	return n
}

// fn builds the long form of a function: a Map with one key.
func fn(key string, v *Node) *Node { return obj(key, v) }

// walk calls f on every node of n.
func walk(n *Node, f func(*Node)) {
	if n == nil {
		return
	}
	f(n)
	for _, it := range n.Items {
		walk(it, f)
	}
	for _, p := range n.Pairs {
		walk(p.Value, f)
	}
}

// checkTree checks what every successful parse must give: known kinds,
// positions inside the input, unique keys.
func checkTree(t *testing.T, data []byte, n *Node) {
	t.Helper()
	if n == nil {
		t.Fatal("nil node without an error")
	}
	walk(n, func(n *Node) {
		if n.Kind < Null || n.Kind > Map {
			t.Fatalf("node of kind %d", n.Kind)
		}
		checkPos(t, data, n.Pos)
		seen := map[string]bool{}
		for _, p := range n.Pairs {
			checkPos(t, data, p.KeyPos)
			if seen[p.Key] {
				t.Fatalf("duplicate key %q in a parsed map", p.Key)
			}
			seen[p.Key] = true
			if p.Value == nil {
				t.Fatalf("key %q has no value", p.Key)
			}
		}
		for _, it := range n.Items {
			if it == nil {
				t.Fatal("nil list item")
			}
		}
	})
}

func checkPos(t *testing.T, data []byte, p Pos) {
	t.Helper()
	if p.Line < 1 || p.Column < 1 || p.Offset < 0 || p.Offset > len(data) {
		t.Fatalf("bad position %+v in input of %d bytes", p, len(data))
	}
}

// checkError checks that err is an *Error of a known kind.
func checkError(t *testing.T, err error) *Error {
	t.Helper()
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("error %T %v, want *Error", err, err)
	}
	switch e.Kind {
	case "syntax", "tag", "duplicate-key", "alias", "limit":
	default:
		t.Fatalf("error of kind %q: %v", e.Kind, e)
	}
	if e.Msg == "" {
		t.Fatal("error without a message")
	}
	return e
}
