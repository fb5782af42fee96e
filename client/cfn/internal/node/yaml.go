package node

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxAliasNodes is how many nodes the aliases of a YAML template may add
// to it, all expansions together: a document whose aliases would expand
// to more (a "billion laughs") is refused before any is expanded.
const MaxAliasNodes = 1_000_000

// cfnTagList names the short-form tags, for messages.
const cfnTagList = "!Ref, !Condition, !Sub, !GetAtt, !If, !Join, !Select, !FindInMap, !ImportValue, !Base64, !Split, !Equals, !Not, !And, !Or, !GetAZs, !Cidr, !Transform, !ToJsonString and !Length"

// cfnFunc returns the long-form key of a CloudFormation short-form tag.
func cfnFunc(tag string) (string, bool) {
	switch tag {
	case "!Ref", "!Condition":
		return tag[1:], true
	case "!Sub", "!GetAtt", "!If", "!Join", "!Select", "!FindInMap", "!ImportValue", "!Base64", "!Split",
		"!Equals", "!Not", "!And", "!Or", "!GetAZs", "!Cidr", "!Transform", "!ToJsonString", "!Length":
		return "Fn::" + tag[1:], true
	}
	return "", false
}

// isStandardTag reports whether tag is one of the YAML tags honoured.
func isStandardTag(tag string) bool {
	switch tag {
	case "!!str", "!!int", "!!bool", "!!null", "!!float", "!!seq", "!!map", "!!binary", "!!timestamp":
		return true
	}
	return false
}

// ParseYAML reads a template in YAML, after an optional UTF-8 byte order
// mark. See the package documentation for how YAML becomes a Node.
func ParseYAML(data []byte) (*Node, error) {
	body, skip := skipBOM(data)
	if len(body) >= 2 && (body[0] == 0xFE && body[1] == 0xFF || body[0] == 0xFF && body[1] == 0xFE) {
		return nil, &Error{Pos: Pos{Line: 1, Column: 1, Offset: skip}, Kind: "syntax", Msg: "a template must be UTF-8, not UTF-16"}
	}
	lines := newLineIndex(body)
	doc, second, err := decodeYAML(body)
	if err != nil {
		if errors.Is(err, io.EOF) {
			return &Node{Kind: Map, Pos: Pos{Line: 1, Column: 1, Offset: skip}}, nil
		}
		return nil, yamlSyntaxError(err, body, lines, skip)
	}
	c := &yamlConv{lines: lines, body: body, skip: skip}
	if second != nil {
		return nil, &Error{Pos: c.pos(second), Kind: "syntax", Msg: "a second YAML document starts here: a template is one YAML document"}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return &Node{Kind: Null, Pos: c.pos(doc)}, nil
	}
	root := doc.Content[0]
	c.meas = make(map[*yaml.Node]measure)
	if _, _, err := c.measure(root, 1); err != nil {
		return nil, err
	}
	c.memo = make(map[*yaml.Node]*Node)
	n, cerr := c.convert(root, 1)
	if cerr != nil {
		return nil, cerr
	}
	return n, nil
}

// decodeYAML reads the first document of body and reports whether another
// follows. A panic in the YAML library becomes an error.
func decodeYAML(body []byte) (doc, second *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, second, err = nil, nil, errors.New("yaml: the YAML parser failed on this input")
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(body))
	var d yaml.Node
	if err := dec.Decode(&d); err != nil {
		return nil, nil, err
	}
	var e yaml.Node
	switch err := dec.Decode(&e); {
	case err == nil:
		return &d, &e, nil
	case errors.Is(err, io.EOF):
		return &d, nil, nil
	default:
		return nil, nil, err
	}
}

// yamlSyntaxError turns an error of the YAML library into an Error. The
// library reports at most a line, so Column is 0 and Offset the start of
// that line; without a line, Pos is zero.
func yamlSyntaxError(err error, body []byte, lines *lineIndex, skip int) *Error {
	if e := twoTags(body, lines, skip, err.Error()); e != nil {
		return e
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var p Pos
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ": "); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil && n > 0 {
				p = Pos{Line: n, Offset: skip + lines.offset(n, 1)}
				msg = rest[i+2:]
			}
		}
	}
	if r, n := utf8.DecodeRuneInString(msg); n > 0 {
		msg = string(unicode.ToLower(r)) + msg[n:]
	}
	if strings.HasPrefix(msg, "exceeded max depth") {
		return depthError(p)
	}
	if rest, ok := strings.CutPrefix(msg, "unknown anchor '"); ok {
		name, _, _ := strings.Cut(rest, "'")
		if off := findAlias(body, name); off >= 0 {
			line, col := lines.lineCol(off)
			p = Pos{Line: line, Column: col, Offset: skip + off}
		}
		return &Error{Pos: p, Kind: "alias", Msg: "alias *" + name + " names no anchor: an anchor &" + name + " must come before its alias"}
	}
	return &Error{Pos: p, Kind: "syntax", Msg: "invalid YAML: " + msg}
}

// findAlias returns the offset of the first alias *name in body, or -1.
func findAlias(body []byte, name string) int {
	alias := "*" + name
	for from := 0; ; {
		i := bytes.Index(body[from:], []byte(alias))
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(alias)
		if (i == 0 || strings.IndexByte(" \t\r\n[{,:", body[i-1]) >= 0) &&
			(end == len(body) || strings.IndexByte(" \t\r\n]},", body[end]) >= 0) {
			return i
		}
		from = i + 1
	}
}

// twoTags finds a node that carries two tags ("!Base64 !Sub x"), which
// YAML forbids and the library reports obscurely, and explains it. What
// looks like two tags (perhaps text in a block scalar) is taken for the
// cause of the library's error, errMsg, when without the first tag the
// document reads otherwise; it tries a few candidates at most.
func twoTags(body []byte, lines *lineIndex, skip int, errMsg string) *Error {
	tries := 0
	tokenStart := true
	for i := 0; i < len(body); {
		c := body[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '[' || c == '{' || c == ',':
			tokenStart = true
			i++
			continue
		case tokenStart && c == '#':
			for i < len(body) && body[i] != '\n' && body[i] != '\r' {
				i++
			}
			continue
		case tokenStart && (c == '\'' || c == '"'):
			i++
			for i < len(body) && body[i] != c {
				if c == '"' && body[i] == '\\' {
					i++
				}
				i++
			}
			i++
			tokenStart = false
			continue
		case tokenStart && c == '!':
			end := tagEnd(body, i)
			j := end
			for j < len(body) && (body[j] == ' ' || body[j] == '\t') {
				j++
			}
			if j > end && j < len(body) && body[j] == '!' && tries < 8 && causes(body, i, end, errMsg) {
				first, second := string(body[i:end]), string(body[j:tagEnd(body, j)])
				long := "Fn::Base64"
				if fn, ok := cfnFunc(first); ok {
					long = fn
				}
				line, col := lines.lineCol(j)
				return &Error{Pos: Pos{Line: line, Column: col, Offset: skip + j}, Kind: "tag",
					Msg: "two tags on one value (" + first + " and " + second + "): a node cannot carry two tags; write one function in the long form, e.g. " +
						long + ": " + second + " ..."}
			}
			if j > end && j < len(body) && body[j] == '!' {
				tries++
			}
			i = end
			tokenStart = false
			continue
		}
		tokenStart = false
		i++
	}
	return nil
}

// causes reports whether body reads otherwise than with the error errMsg
// when body[i:end] is blanked out.
func causes(body []byte, i, end int, errMsg string) bool {
	b := bytes.Clone(body)
	for k := i; k < end; k++ {
		b[k] = ' '
	}
	_, _, err := decodeYAML(b)
	return err == nil || err.Error() != errMsg
}

// tagEnd returns the end of the tag that starts at body[i].
func tagEnd(body []byte, i int) int {
	for i < len(body) {
		switch body[i] {
		case ' ', '\t', '\n', '\r', ',', '[', ']', '{', '}':
			return i
		}
		i++
	}
	return i
}

// lineIndex maps the line and column the YAML library reports to byte
// offsets. Lines end as libyaml ends them: LF, CRLF, CR, NEL (U+0085), LS
// (U+2028) and PS (U+2029). Columns count code points.
type lineIndex struct {
	data   []byte
	starts []int // starts[i] is the offset of line i+1
	// A cursor in one line, so that positions requested in document order
	// cost linear time over the whole input.
	line, col, off int
}

func newLineIndex(data []byte) *lineIndex {
	x := &lineIndex{data: data, starts: []int{0}}
	for i := 0; i < len(data); {
		n := breakLen(data, i)
		if n == 0 {
			i++
			continue
		}
		i += n
		x.starts = append(x.starts, i)
	}
	return x
}

// breakLen returns the length of the line break at data[i], or 0.
func breakLen(data []byte, i int) int {
	switch c := data[i]; {
	case c == '\n':
		return 1
	case c == '\r':
		if i+1 < len(data) && data[i+1] == '\n' {
			return 2
		}
		return 1
	case c == 0xC2 && i+1 < len(data) && data[i+1] == 0x85:
		return 2
	case c == 0xE2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9):
		return 3
	}
	return 0
}

// offset returns the offset of the 1-based line and column, clamped to the
// line (x.col is then less than col) or to the input.
func (x *lineIndex) offset(line, col int) int {
	if line < 1 {
		x.line, x.col, x.off = 1, 1, 0
		return 0
	}
	if line > len(x.starts) {
		return len(x.data)
	}
	if line != x.line || col < x.col {
		x.line, x.col, x.off = line, 1, x.starts[line-1]
	}
	end := len(x.data)
	if line < len(x.starts) {
		end = x.starts[line]
	}
	for x.col < col && x.off < end && breakLen(x.data, x.off) == 0 {
		if x.data[x.off] < utf8.RuneSelf {
			x.off++
		} else {
			_, n := utf8.DecodeRune(x.data[x.off:])
			x.off += n
		}
		x.col++
	}
	return x.off
}

// lineCol returns the 1-based line and column of an offset.
func (x *lineIndex) lineCol(off int) (line, col int) {
	// The last line that starts at or before off.
	lo, hi := 0, len(x.starts)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if x.starts[m] <= off {
			lo = m
		} else {
			hi = m
		}
	}
	col = 1 + utf8.RuneCount(x.data[x.starts[lo]:min(off, len(x.data))])
	return lo + 1, col
}

// yamlConv turns a yaml.Node tree into Nodes.
type yamlConv struct {
	lines *lineIndex
	body  []byte
	skip  int
	// meas holds the measure of each anchored node: the size and height
	// it expands to.
	meas map[*yaml.Node]measure
	// aliasNodes counts the nodes the aliases add.
	aliasNodes int
	// memo holds each anchored node converted, for its aliases to copy.
	memo map[*yaml.Node]*Node
	// visits counts the calls of measure, for tests.
	visits int
}

// measure is the size and height of a converted node; done is false while
// the node is being measured.
type measure struct {
	size, height int
	done         bool
}

// pos returns the position of n. The library may place a node past the
// end of its line, or on a line after the last (an empty value at the end
// of the input); such a node is placed where its line, or the input, ends.
func (c *yamlConv) pos(n *yaml.Node) Pos {
	line, col := max(n.Line, 1), max(n.Column, 1)
	off := c.lines.offset(line, col)
	if line > len(c.lines.starts) || c.lines.col != col {
		line, col = c.lines.lineCol(off)
	}
	return Pos{Line: line, Column: col, Offset: c.skip + off}
}

// measure returns the number of nodes n converts to and their height,
// aliases expanded, at nesting depth depth, without converting: it refuses
// recursive aliases, too many alias expansions and too deep a nesting.
func (c *yamlConv) measure(n *yaml.Node, depth int) (size, height int, err *Error) {
	c.visits++
	if n.Kind == yaml.AliasNode {
		t := n.Alias
		if t == nil {
			return 0, 0, &Error{Pos: c.pos(n), Kind: "alias", Msg: "alias *" + n.Value + " names no anchor: an anchor must come before its alias"}
		}
		m, ok := c.meas[t]
		if !ok {
			if _, _, err := c.measure(t, depth); err != nil {
				return 0, 0, err
			}
			m = c.meas[t]
		}
		if !m.done {
			return 0, 0, &Error{Pos: c.pos(n), Kind: "alias", Msg: "recursive alias *" + n.Value + ": an alias must not be inside its own anchor"}
		}
		if depth+m.height-1 > MaxDepth {
			return 0, 0, depthError(c.pos(n))
		}
		c.aliasNodes += m.size
		if c.aliasNodes > MaxAliasNodes {
			return 0, 0, &Error{Pos: c.pos(n), Kind: "alias",
				Msg: "too many alias expansions: the aliases would add more than " + strconv.Itoa(MaxAliasNodes) + " nodes"}
		}
		return m.size, m.height, nil
	}
	if depth > MaxDepth {
		return 0, 0, depthError(c.pos(n))
	}
	if n.Anchor != "" {
		c.meas[n] = measure{}
	}
	wrap := 0
	fn, cfn := "", false
	if n.Style&yaml.TaggedStyle != 0 {
		fn, cfn = cfnFunc(n.Tag)
		if cfn {
			wrap = 1
		}
	}
	size, height = 1, 1
	switch n.Kind {
	case yaml.ScalarNode:
		if fn == "Fn::GetAtt" {
			size, height = 2, 2
			if strings.Contains(n.Value, ".") {
				size = 3
			}
		}
	case yaml.SequenceNode, yaml.MappingNode:
		for i, child := range n.Content {
			if n.Kind == yaml.MappingNode && i%2 == 0 {
				// A key adds no node; measure it only for its anchors.
				if child.Kind != yaml.AliasNode {
					if _, _, err := c.measure(child, depth+wrap+1); err != nil {
						return 0, 0, err
					}
				}
				continue
			}
			s, h, err := c.measure(child, depth+wrap+1)
			if err != nil {
				return 0, 0, err
			}
			size = min(size+s, MaxAliasNodes+1)
			height = max(height, h+1)
		}
	}
	size, height = min(size+wrap, MaxAliasNodes+1), height+wrap
	if n.Anchor != "" {
		c.meas[n] = measure{size: size, height: height, done: true}
	}
	return size, height, nil
}

// convert converts n at nesting depth depth. measure has checked the
// aliases and the depth.
func (c *yamlConv) convert(n *yaml.Node, depth int) (*Node, *Error) {
	if n.Kind == yaml.AliasNode {
		if t := c.memo[n.Alias]; t != nil {
			return clone(t), nil
		}
		if n.Alias == nil {
			return nil, &Error{Pos: c.pos(n), Kind: "alias", Msg: "alias *" + n.Value + " names no anchor: an anchor must come before its alias"}
		}
		return c.convert(n.Alias, depth)
	}
	p := c.pos(n)
	if depth > MaxDepth {
		return nil, depthError(p)
	}
	var out *Node
	var err *Error
	switch {
	case n.Style&yaml.TaggedStyle == 0:
		out, err = c.content(n, depth, p)
	case isStandardTag(n.Tag):
		out, err = c.standard(n, depth, p)
	default:
		fn, ok := cfnFunc(n.Tag)
		if !ok {
			return nil, unknownTag(n.Tag, p)
		}
		var inner *Node
		vp := c.valuePos(n, p)
		switch {
		case n.Kind == yaml.ScalarNode && fn == "Fn::GetAtt":
			before, after, dot := strings.Cut(n.Value, ".")
			inner = &Node{Kind: List, Pos: vp, Items: []*Node{{Kind: String, Text: before, Pos: vp}}}
			if dot {
				inner.Items = append(inner.Items, &Node{Kind: String, Text: after, Pos: vp})
			}
		case n.Kind == yaml.ScalarNode:
			inner = &Node{Kind: String, Text: n.Value, Pos: vp}
		default:
			inner, err = c.content(n, depth+1, vp)
		}
		if err == nil {
			out = &Node{Kind: Map, Pos: p, Pairs: []Pair{{Key: fn, KeyPos: p, Value: inner}}}
		}
	}
	if err != nil {
		return nil, err
	}
	if n.Anchor != "" {
		c.memo[n] = out
	}
	return out, nil
}

// unknownTag is the error for a tag neither CloudFormation nor YAML
// defines.
func unknownTag(tag string, p Pos) *Error {
	return &Error{Pos: p, Kind: "tag",
		Msg: "unknown tag " + tag + ": CloudFormation understands the short forms " + cfnTagList +
			" (tags are case-sensitive), besides the YAML tags !!str, !!int, !!float, !!bool, !!null, !!seq, !!map, !!binary and !!timestamp"}
}

// valuePos returns where the value of a tagged node starts when it is on
// the tag's line, after the node's tag and anchor; else p, the node's.
func (c *yamlConv) valuePos(n *yaml.Node, p Pos) Pos {
	if n.Kind == yaml.ScalarNode && n.Value == "" {
		return p
	}
	d := c.body
	i := p.Offset - c.skip
	col := p.Column
	for i < len(d) && (d[i] == '!' || d[i] == '&') {
		end := tagEnd(d, i)
		col += utf8.RuneCount(d[i:end])
		i = end
		for i < len(d) && (d[i] == ' ' || d[i] == '\t') {
			i++
			col++
		}
	}
	if i == p.Offset-c.skip || i >= len(d) || d[i] == '#' || breakLen(d, i) > 0 {
		return p
	}
	return Pos{Line: p.Line, Column: col, Offset: c.skip + i}
}

// content converts n, whose tag, if any, has been handled, with position
// p.
func (c *yamlConv) content(n *yaml.Node, depth int, p Pos) (*Node, *Error) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			return &Node{Kind: String, Text: n.Value, Pos: p}, nil
		}
		return &Node{Kind: resolvePlain(n.Value), Text: n.Value, Pos: p}, nil
	case yaml.SequenceNode:
		out := &Node{Kind: List, Pos: p}
		if len(n.Content) > 0 {
			out.Items = make([]*Node, 0, len(n.Content))
		}
		for _, child := range n.Content {
			v, err := c.convert(child, depth+1)
			if err != nil {
				return nil, err
			}
			out.Items = append(out.Items, v)
		}
		return out, nil
	case yaml.MappingNode:
		return c.mapping(n, depth, p)
	}
	return nil, &Error{Pos: p, Kind: "syntax", Msg: "unexpected YAML node: a value must be a scalar, a sequence or a mapping"}
}

// mapping converts a mapping.
func (c *yamlConv) mapping(n *yaml.Node, depth int, p Pos) (*Node, *Error) {
	out := &Node{Kind: Map, Pos: p}
	if len(n.Content) > 0 {
		out.Pairs = make([]Pair, 0, len(n.Content)/2)
	}
	var keys keyIndex
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kp := c.pos(k)
		if k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		if k.Kind != yaml.ScalarNode {
			return nil, &Error{Pos: kp, Kind: "syntax", Msg: "a key that is a sequence or mapping: a map's keys must be scalars"}
		}
		if k.Tag == "!!merge" && k.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 {
			return nil, &Error{Pos: kp, Kind: "syntax", Msg: "merge key <<: CloudFormation does not merge maps; write the keys out"}
		}
		if k.Style&yaml.TaggedStyle != 0 && !isStandardTag(k.Tag) {
			if _, ok := cfnFunc(k.Tag); ok {
				return nil, &Error{Pos: kp, Kind: "tag", Msg: "tag " + k.Tag + " on a key: a key must be a string, not a function"}
			}
			return nil, unknownTag(k.Tag, kp)
		}
		if keys.has(out.Pairs, k.Value) {
			return nil, duplicateKey(k.Value, firstPos(out.Pairs, k.Value), kp)
		}
		val, err := c.convert(v, depth+1)
		if err != nil {
			return nil, err
		}
		out.Pairs = append(out.Pairs, Pair{Key: k.Value, KeyPos: kp, Value: val})
		keys.add(k.Value)
	}
	return out, nil
}

// standard converts a node with a YAML tag.
func (c *yamlConv) standard(n *yaml.Node, depth int, p Pos) (*Node, *Error) {
	bad := func(what string) (*Node, *Error) {
		return nil, &Error{Pos: p, Kind: "tag", Msg: "tag " + n.Tag + " on " + describeYAML(n) + ": the value of a " + n.Tag + " tag must be " + what}
	}
	scalar := n.Kind == yaml.ScalarNode
	switch n.Tag {
	case "!!seq":
		if n.Kind != yaml.SequenceNode {
			return bad("a sequence")
		}
		return c.content(n, depth, p)
	case "!!map":
		if n.Kind != yaml.MappingNode {
			return bad("a mapping")
		}
		return c.content(n, depth, p)
	case "!!null":
		if !scalar || resolvePlain(n.Value) != Null {
			return bad("null, ~ or empty")
		}
		return &Node{Kind: Null, Text: n.Value, Pos: p}, nil
	case "!!bool":
		if !scalar || resolvePlain(n.Value) != Bool {
			return bad("true or false")
		}
		return &Node{Kind: Bool, Text: n.Value, Pos: p}, nil
	case "!!int":
		if !scalar || !isCoreInt(n.Value) {
			return bad("an integer")
		}
		return &Node{Kind: Number, Text: n.Value, Pos: p}, nil
	case "!!float":
		if !scalar || resolvePlain(n.Value) != Number {
			return bad("a number")
		}
		return &Node{Kind: Number, Text: n.Value, Pos: p}, nil
	}
	// !!str, !!binary, !!timestamp: the text as written.
	if !scalar {
		return bad("a scalar")
	}
	return &Node{Kind: String, Text: n.Value, Pos: p}, nil
}

// describeYAML names n for a message.
func describeYAML(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a sequence"
	case yaml.MappingNode:
		return "a mapping"
	}
	return strconv.Quote(n.Value)
}

// resolvePlain resolves a plain scalar by the YAML 1.2 core schema.
func resolvePlain(s string) Kind {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return Null
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return Bool
	case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
		return Number
	}
	if isCoreInt(s) || isCoreFloat(s) {
		return Number
	}
	return String
}

// isCoreInt reports whether s is an integer of the YAML 1.2 core schema:
// [-+]?[0-9]+, 0o[0-7]+ or 0x[0-9a-fA-F]+.
func isCoreInt(s string) bool {
	if len(s) > 2 && s[0] == '0' && s[1] == 'o' {
		return allBytes(s[2:], func(c byte) bool { return c >= '0' && c <= '7' })
	}
	if len(s) > 2 && s[0] == '0' && s[1] == 'x' {
		return allBytes(s[2:], func(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' })
	}
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	return len(s) > 0 && allBytes(s, isDigit)
}

// isCoreFloat reports whether s is a finite float of the YAML 1.2 core
// schema: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
func isCoreFloat(s string) bool {
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	intDigits := i
	if i < len(s) && s[i] == '.' {
		i++
		j := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if intDigits == 0 && i == j {
			return false
		}
	} else if intDigits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		j := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == j {
			return false
		}
	}
	return i == len(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

// clone copies a converted tree, for an alias.
func clone(n *Node) *Node {
	c := *n
	if n.Items != nil {
		c.Items = make([]*Node, len(n.Items))
		for i, it := range n.Items {
			c.Items[i] = clone(it)
		}
	}
	if n.Pairs != nil {
		c.Pairs = make([]Pair, len(n.Pairs))
		for i, pr := range n.Pairs {
			c.Pairs[i] = Pair{Key: pr.Key, KeyPos: pr.KeyPos, Value: clone(pr.Value)}
		}
	}
	return &c
}
