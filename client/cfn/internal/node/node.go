// Package node is the tree a CloudFormation template is read into, from JSON
// or YAML alike, with where each value starts. The YAML short-form tags
// become the long form, as CloudFormation reads them: !Sub x is a map with
// the one key "Fn::Sub", !Ref x one with "Ref", !Condition x one with
// "Condition"; !GetAtt a.b becomes "Fn::GetAtt": ["a", "b"].
package node

// Kind is the kind of a Node.
type Kind uint8

const (
	Null   Kind = iota + 1 // JSON null; YAML null, ~ or an empty value
	Bool                   // JSON true/false; YAML plain true/false (any case)
	Number                 // JSON number; YAML plain integer or float (YAML 1.2 core schema)
	String                 // any other scalar: JSON string, YAML quoted or plain scalar
	List                   // JSON array, YAML sequence
	Map                    // JSON object, YAML mapping
)

// Node is one value of a template.
type Node struct {
	Kind Kind
	// Text is a scalar's text: the string's value (unescaped), or the
	// number, boolean or null as written ("30", "true", "~", "").
	Text string
	// Items are a List's items.
	Items []*Node
	// Pairs are a Map's members, in document order. Keys are unique (a
	// duplicate key is an error when reading).
	Pairs []Pair
	// Pos is where the value starts: for a YAML short-form tag, the tag.
	Pos Pos
}

// Pair is one member of a Map.
type Pair struct {
	Key    string
	KeyPos Pos // where the key starts
	Value  *Node
}

// Pos is a place in the input.
type Pos struct {
	Line   int // 1-based
	Column int // 1-based, in Unicode code points
	Offset int // bytes from the start of the input
}

// Get returns the value of key in a Map, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Map {
		return nil
	}
	for i := range n.Pairs {
		if n.Pairs[i].Key == key {
			return n.Pairs[i].Value
		}
	}
	return nil
}

// Pair returns the member key of a Map, or nil.
func (n *Node) Pair(key string) *Pair {
	if n == nil || n.Kind != Map {
		return nil
	}
	for i := range n.Pairs {
		if n.Pairs[i].Key == key {
			return &n.Pairs[i]
		}
	}
	return nil
}

// Error is a template that cannot be read, and where.
type Error struct {
	Pos Pos
	// Kind is one of "syntax", "tag", "duplicate-key", "alias", "limit".
	Kind string
	Msg  string // lowercase; says what must hold
}

func (e *Error) Error() string { return e.Msg }
