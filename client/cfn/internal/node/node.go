// Package node is the tree a CloudFormation template is read into, from JSON
// or YAML alike, with where each value starts. The YAML short-form tags
// become the long form, as CloudFormation reads them: !Sub x is a map with
// the one key "Fn::Sub", !Ref x one with "Ref", !Condition x one with
// "Condition"; !GetAtt a.b becomes "Fn::GetAtt": ["a", "b"].
//
// Parse reads JSON when the input starts with '{' or '[', else YAML.
// ParseJSON is strict RFC 8259 JSON. ParseYAML reads one YAML document
// with go.yaml.in/yaml/v3 and converts it:
//
//   - Plain scalars resolve by the YAML 1.2 core schema, never 1.1: null,
//     Null, NULL, ~ and the empty value are Null; true, True, TRUE, false,
//     False, FALSE are Bool; decimal integers, 0o octal, 0x hexadecimal,
//     floats, .inf and .nan are Number; anything else is a String. Text
//     keeps the scalar as written ("0123", "2010-09-09", "yes"), so a
//     caller that knows a String is expected can use it. Quoted and block
//     scalars are Strings.
//   - The short-form tags (only the ones CloudFormation defines, case and
//     all) become one-key Maps positioned at the tag; the value inside is
//     positioned where it starts when that is on the tag's line, else at
//     the tag. !GetAtt on a scalar splits it at the first dot, as
//     cfn-lint does. The YAML tags !!str, !!int, !!float, !!bool, !!null,
//     !!seq, !!map, !!binary and !!timestamp mean what YAML says (!!binary
//     and !!timestamp keep their text as a String); any other tag is an
//     Error of Kind "tag", and so is a node with two tags.
//   - Aliases are expanded into copies of their anchor's nodes (with the
//     anchor's positions). A recursive alias, or aliases that would add
//     more than MaxAliasNodes nodes, is an Error of Kind "alias", found
//     before anything is expanded.
//   - Merge keys (<<) are refused, as CloudFormation refuses them ("hash
//     merges"): an Error of Kind "syntax" at the key. A quoted "<<" is an
//     ordinary key.
//   - A key must be a scalar, unique in its map (Kind "duplicate-key" at
//     the second). Two documents are an error; empty input (or only
//     comments) is an empty Map, as cfn-lint reads it.
//   - Line and Column are the YAML library's (lines end at LF, CRLF, CR,
//     NEL, LS and PS; columns count code points); Offset is computed from
//     them. A syntax error of the YAML library carries at most its line:
//     then Column is 0 and Offset the start of the line.
//
// Both readers skip a leading UTF-8 byte order mark: Offset counts its
// bytes, Column does not. Lists and maps nest at most MaxDepth deep (an
// Error of Kind "limit"). Reading takes time linear in the input plus the
// nodes aliases add; the size of the input is the caller's to bound.
package node

// Kind is the kind of a Node.
type Kind uint8

const (
	Null   Kind = iota + 1 // JSON null; YAML null, ~ or an empty value
	Bool                   // JSON true/false; YAML plain true/false, True/False or TRUE/FALSE
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

// Error returns the message, without the position.
func (e *Error) Error() string { return e.Msg }
