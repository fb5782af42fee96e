package node

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ParseJSON reads a template in strict JSON (RFC 8259), after an optional
// UTF-8 byte order mark. Strings are unescaped and must be valid UTF-8 (a
// \u escape naming half a surrogate pair alone is an error); numbers keep
// their text as written. A key a map already has is an Error of Kind
// "duplicate-key" at the second key. Empty input is a syntax error.
//
// Positions count lines ended by LF, CRLF or a lone CR, and columns in
// Unicode code points (an invalid UTF-8 byte counts as one); Offset counts
// bytes from the start of data, byte order mark included, which no column
// counts.
func ParseJSON(data []byte) (*Node, error) {
	body, skip := skipBOM(data)
	p := &jsonParser{data: body, base: skip, line: 1, col: 1}
	v, err := p.value(1)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.i < len(p.data) {
		return nil, p.errorf(p.i, "unexpected %s after the top-level value: a template is one JSON value", p.describe(p.i))
	}
	return v, nil
}

// jsonParser reads one JSON value by recursive descent; MaxDepth bounds the
// recursion.
type jsonParser struct {
	data []byte // the input after any byte order mark
	base int    // bytes skipped before data
	i    int    // next byte to read
	// The cursor: the position of data[off], moved forward on demand so
	// that positions cost linear time over the whole input.
	off, line, col int
}

// pos returns the position of data[off].
func (p *jsonParser) pos(off int) Pos {
	if off < p.off {
		p.off, p.line, p.col = 0, 1, 1
	}
	d := p.data
	for p.off < off && p.off < len(d) {
		c := d[p.off]
		switch {
		case c == '\n':
			p.line, p.col = p.line+1, 1
			p.off++
		case c == '\r':
			p.line, p.col = p.line+1, 1
			p.off++
			if p.off < off && p.off < len(d) && d[p.off] == '\n' {
				p.off++
			}
		case c < utf8.RuneSelf:
			p.col++
			p.off++
		default:
			_, n := utf8.DecodeRune(d[p.off:])
			p.col++
			p.off += n
		}
	}
	return Pos{Line: p.line, Column: p.col, Offset: p.base + off}
}

// errorf is a syntax error at data[off].
func (p *jsonParser) errorf(off int, msg string, args ...string) *Error {
	return &Error{Pos: p.pos(off), Kind: "syntax", Msg: sprintf(msg, args...)}
}

// describe names the input at data[off] for a message.
func (p *jsonParser) describe(off int) string {
	if off >= len(p.data) {
		return "end of input"
	}
	r, n := utf8.DecodeRune(p.data[off:])
	if r == utf8.RuneError && n == 1 {
		return "byte 0x" + strconv.FormatUint(uint64(p.data[off]), 16)
	}
	return "character " + strconv.QuoteRune(r)
}

func (p *jsonParser) skipSpace() {
	for p.i < len(p.data) && isSpace(p.data[p.i]) {
		p.i++
	}
}

// value reads the value that starts after white space at p.i, at the
// given nesting depth.
func (p *jsonParser) value(depth int) (*Node, error) {
	p.skipSpace()
	if p.i >= len(p.data) {
		return nil, p.errorf(p.i, "unexpected end of input: a value must follow")
	}
	start := p.i
	switch c := p.data[start]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return &Node{Kind: String, Text: s, Pos: p.pos(start)}, nil
	case c == 't':
		return p.literal("true", Bool)
	case c == 'f':
		return p.literal("false", Bool)
	case c == 'n':
		return p.literal("null", Null)
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	default:
		return nil, p.errorf(start, "unexpected %s: a value must be an object, array, string, number, true, false or null", p.describe(start))
	}
}

func (p *jsonParser) literal(word string, k Kind) (*Node, error) {
	start := p.i
	end := start + len(word)
	if end > len(p.data) || string(p.data[start:end]) != word {
		return nil, p.errorf(start, "invalid literal: a value must be an object, array, string, number, true, false or null")
	}
	p.i = end
	return &Node{Kind: k, Text: word, Pos: p.pos(start)}, nil
}

func (p *jsonParser) digits() int {
	n := 0
	for p.i < len(p.data) && p.data[p.i] >= '0' && p.data[p.i] <= '9' {
		p.i++
		n++
	}
	return n
}

// number reads a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
func (p *jsonParser) number() (*Node, error) {
	start := p.i
	d := p.data
	if d[p.i] == '-' {
		p.i++
	}
	if p.i < len(d) && d[p.i] == '0' {
		p.i++
		if p.i < len(d) && d[p.i] >= '0' && d[p.i] <= '9' {
			return nil, p.errorf(start, "invalid number: a number must not have a leading zero")
		}
	} else if p.digits() == 0 {
		return nil, p.errorf(p.i, "invalid number: a digit must follow '-'")
	}
	if p.i < len(d) && d[p.i] == '.' {
		p.i++
		if p.digits() == 0 {
			return nil, p.errorf(p.i, "invalid number: a digit must follow the decimal point")
		}
	}
	if p.i < len(d) && (d[p.i] == 'e' || d[p.i] == 'E') {
		p.i++
		if p.i < len(d) && (d[p.i] == '+' || d[p.i] == '-') {
			p.i++
		}
		if p.digits() == 0 {
			return nil, p.errorf(p.i, "invalid number: a digit must follow the exponent")
		}
	}
	return &Node{Kind: Number, Text: string(d[start:p.i]), Pos: p.pos(start)}, nil
}

// str reads the string that starts at p.i and returns its value.
func (p *jsonParser) str() (string, error) {
	d := p.data
	p.i++ // the opening quote
	start := p.i
	var b *strings.Builder
	for {
		if p.i >= len(d) {
			return "", p.errorf(p.i, "unterminated string: a string must end with '\"'")
		}
		c := d[p.i]
		switch {
		case c == '"':
			var s string
			if b == nil {
				s = string(d[start:p.i])
			} else {
				b.Write(d[start:p.i])
				s = b.String()
			}
			p.i++
			return s, nil
		case c < 0x20:
			return "", p.errorf(p.i, "control character %s in a string: it must be escaped", strconv.QuoteRune(rune(c)))
		case c == '\\':
			if b == nil {
				b = new(strings.Builder)
			}
			b.Write(d[start:p.i])
			if err := p.escape(b); err != nil {
				return "", err
			}
			start = p.i
		case c < utf8.RuneSelf:
			p.i++
		default:
			r, n := utf8.DecodeRune(d[p.i:])
			if r == utf8.RuneError && n == 1 {
				return "", p.errorf(p.i, "invalid UTF-8 in a string: a template must be UTF-8")
			}
			p.i += n
		}
	}
}

// escape reads the escape sequence at p.i into b.
func (p *jsonParser) escape(b *strings.Builder) error {
	d := p.data
	at := p.i
	if p.i+1 >= len(d) {
		return p.errorf(p.i, "unterminated string: a string must end with '\"'")
	}
	c := d[p.i+1]
	p.i += 2
	switch c {
	case '"', '\\', '/':
		b.WriteByte(c)
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'u':
		r, ok := p.hex4()
		if !ok {
			return p.errorf(at, "invalid escape: \\u must be followed by four hexadecimal digits")
		}
		if utf16.IsSurrogate(r) {
			if r >= 0xDC00 || p.i+1 >= len(d) || d[p.i] != '\\' || d[p.i+1] != 'u' {
				return p.errorf(at, "lone surrogate %s: a \\u escape of a surrogate must be a high one followed by a low one", string(d[at:at+6]))
			}
			p.i += 2
			r2, ok := p.hex4()
			if !ok {
				return p.errorf(p.i-2, "invalid escape: \\u must be followed by four hexadecimal digits")
			}
			if r2 < 0xDC00 || r2 > 0xDFFF {
				return p.errorf(at, "lone surrogate %s: a \\u escape of a surrogate must be a high one followed by a low one", string(d[at:at+6]))
			}
			r = utf16.DecodeRune(r, r2)
		}
		b.WriteRune(r)
	default:
		return p.errorf(at, "invalid escape %s: a backslash must start one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", p.describe(at+1))
	}
	return nil
}

// hex4 reads four hexadecimal digits at p.i.
func (p *jsonParser) hex4() (rune, bool) {
	if p.i+4 > len(p.data) {
		return 0, false
	}
	var r rune
	for _, c := range p.data[p.i : p.i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	p.i += 4
	return r, true
}

func (p *jsonParser) object(depth int) (*Node, error) {
	start := p.i
	n := &Node{Kind: Map, Pos: p.pos(start)}
	if depth > MaxDepth {
		return nil, depthError(n.Pos)
	}
	p.i++
	p.skipSpace()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return n, nil
	}
	var keys keyIndex
	for {
		p.skipSpace()
		if p.i >= len(p.data) || p.data[p.i] != '"' {
			return nil, p.errorf(p.i, "unexpected %s: an object's key must be a string", p.describe(p.i))
		}
		kstart := p.i
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		kpos := p.pos(kstart)
		if keys.has(n.Pairs, key) {
			return nil, duplicateKey(key, firstPos(n.Pairs, key), kpos)
		}
		p.skipSpace()
		if p.i >= len(p.data) || p.data[p.i] != ':' {
			return nil, p.errorf(p.i, "unexpected %s: ':' must follow an object's key", p.describe(p.i))
		}
		p.i++
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Pairs = append(n.Pairs, Pair{Key: key, KeyPos: kpos, Value: v})
		keys.add(key)
		p.skipSpace()
		if p.i < len(p.data) && p.data[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.data) && p.data[p.i] == '}' {
			p.i++
			return n, nil
		}
		return nil, p.errorf(p.i, "unexpected %s: ',' or '}' must follow an object's member", p.describe(p.i))
	}
}

func (p *jsonParser) array(depth int) (*Node, error) {
	start := p.i
	n := &Node{Kind: List, Pos: p.pos(start)}
	if depth > MaxDepth {
		return nil, depthError(n.Pos)
	}
	p.i++
	p.skipSpace()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return n, nil
	}
	for {
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Items = append(n.Items, v)
		p.skipSpace()
		if p.i < len(p.data) && p.data[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.data) && p.data[p.i] == ']' {
			p.i++
			return n, nil
		}
		return nil, p.errorf(p.i, "unexpected %s: ',' or ']' must follow an array's item", p.describe(p.i))
	}
}
