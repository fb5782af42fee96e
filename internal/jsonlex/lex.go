// Package jsonlex is a small, strict JSON (RFC 8259) lexer for decoders that
// must see what encoding/json hides: the exact, case-sensitive member names,
// duplicate members, invalid UTF-8, and where in the input each value starts.
//
// It never panics, never recurses, and allocates only to unescape strings
// that contain escapes. The first syntax error stops it; every later call
// returns false.
package jsonlex

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is the deepest nesting of arrays and objects the lexer accepts.
const MaxDepth = 512

// Kind is the kind of the next value.
type Kind uint8

// The value kinds.
const (
	Invalid Kind = iota
	Object
	Array
	String
	Number
	Bool
	Null
	End // no more input
)

var kindNames = [...]string{"invalid", "an object", "a list", "a string", "a number", "a boolean", "null", "end of input"}

// String names the kind as a message would: "a string", "a list".
func (k Kind) String() string { return kindNames[k] }

// SyntaxError is the first syntax error, at a byte offset.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg + " at offset " + strconv.Itoa(e.Offset) }

// StringFlags report what a string held that a strict reader refuses.
type StringFlags uint8

const (
	// BadUTF8 means the raw bytes were not valid UTF-8.
	BadUTF8 StringFlags = 1 << iota
	// LoneSurrogate means a \u escape named half of a UTF-16 pair alone; it
	// was decoded as U+FFFD.
	LoneSurrogate
)

// Lexer reads one JSON document.
type Lexer struct {
	data  []byte
	pos   int
	depth int
	err   *SyntaxError
	// objects has bit d set when the container at depth d is an object.
	objects [MaxDepth/64 + 1]uint64
}

// New returns a lexer over data.
func New(data []byte) *Lexer { return &Lexer{data: data} }

// Reset makes l read data from the start.
func (l *Lexer) Reset(data []byte) { *l = Lexer{data: data} }

// Err returns the first syntax error, or nil.
func (l *Lexer) Err() *SyntaxError { return l.err }

// Offset is the byte offset of the next unread byte, after white space.
func (l *Lexer) Offset() int {
	l.skipSpace()
	return l.pos
}

func (l *Lexer) fail(msg string) bool {
	if l.err == nil {
		if l.pos == 0 {
			// Nothing can be read at offset 0 of an input that starts
			// with a byte order mark: the mark is the error.
			if e := ByteOrderMark(l.data); e != nil {
				msg = e.Msg
			}
		}
		l.err = &SyntaxError{Offset: l.pos, Msg: msg}
	}
	return false
}

// byteOrderMarks are the byte order marks an editor may write at the start
// of a text file, with what the lexer says of each.
var byteOrderMarks = [...]struct{ mark, msg string }{
	{"\xef\xbb\xbf", "the input starts with a UTF-8 byte order mark (U+FEFF), which JSON does not allow: save the file without it"},
	{"\xfe\xff", "the input starts with a UTF-16 (big-endian) byte order mark: it is UTF-16 text, and JSON must be UTF-8: save the file as UTF-8, without a byte order mark"},
	{"\xff\xfe", "the input starts with a UTF-16 (little-endian) byte order mark: it is UTF-16 text, and JSON must be UTF-8: save the file as UTF-8, without a byte order mark"},
}

// ByteOrderMark returns the syntax error for data that starts with a byte
// order mark (of UTF-8 or UTF-16), or nil when it starts with none. The
// lexer reports it as its first error; readers that do not use the lexer
// can call it to say the same.
//
// A mark is an error, not skipped: a JSON text must not start with one
// (RFC 8259, section 8.1, which lets a parser ignore one but does not
// require it to), and the AWS CLI
// refuses a --cli-input-json file that has one, as invalid JSON: it decodes
// a file:// input in the locale's encoding and passes the text to Python's
// json.loads, which rejects a leading U+FEFF ("Unexpected UTF-8 BOM"), or,
// on Windows in a code page such as 1252, reads the mark as "ï»¿"
// (aws/aws-cli#3216).
func ByteOrderMark(data []byte) *SyntaxError {
	for _, m := range byteOrderMarks {
		if len(data) >= len(m.mark) && string(data[:len(m.mark)]) == m.mark {
			return &SyntaxError{Offset: 0, Msg: m.msg}
		}
	}
	return nil
}

func (l *Lexer) skipSpace() {
	for l.pos < len(l.data) {
		switch l.data[l.pos] {
		case ' ', '\t', '\n', '\r':
			l.pos++
		default:
			return
		}
	}
}

// Peek returns the kind of the next value without consuming it. It returns
// Invalid (and records a syntax error) when the next byte cannot start one.
func (l *Lexer) Peek() Kind {
	if l.err != nil {
		return Invalid
	}
	l.skipSpace()
	if l.pos >= len(l.data) {
		return End
	}
	switch c := l.data[l.pos]; {
	case c == '{':
		return Object
	case c == '[':
		return Array
	case c == '"':
		return String
	case c == 't' || c == 'f':
		return Bool
	case c == 'n':
		return Null
	case c == '-' || (c >= '0' && c <= '9'):
		return Number
	default:
		l.fail("invalid character " + quoteByte(c) + " looking for the beginning of a value")
		return Invalid
	}
}

// Finish checks that nothing but white space follows the document.
func (l *Lexer) Finish() bool {
	if l.err != nil {
		return false
	}
	l.skipSpace()
	if l.pos < len(l.data) {
		return l.fail("invalid character " + quoteByte(l.data[l.pos]) + " after the end of the document")
	}
	return true
}

// Begin consumes '{' or '[' (open).
func (l *Lexer) Begin(open byte) bool {
	if l.err != nil {
		return false
	}
	l.skipSpace()
	if l.pos >= len(l.data) || l.data[l.pos] != open {
		return l.unexpected("'" + string(open) + "'")
	}
	if l.depth >= MaxDepth {
		return l.fail("nesting deeper than " + strconv.Itoa(MaxDepth) + " levels")
	}
	l.depth++
	d := l.depth
	if open == '{' {
		l.objects[d/64] |= 1 << (d % 64)
	} else {
		l.objects[d/64] &^= 1 << (d % 64)
	}
	l.pos++
	return true
}

// More reports whether another element or member follows inside the
// container closed by close ('}' or ']'), consuming the ',' between elements
// or the closing byte. first is true before the first element.
func (l *Lexer) More(close byte, first bool) bool {
	if l.err != nil {
		return false
	}
	l.skipSpace()
	if l.pos >= len(l.data) {
		return l.fail("unexpected end of input: missing '" + string(close) + "'")
	}
	c := l.data[l.pos]
	if c == close {
		l.pos++
		l.depth--
		return false
	}
	if first {
		return true
	}
	if c != ',' {
		return l.fail("invalid character " + quoteByte(c) + " after " + containerItem(close) + ": expected ',' or '" + string(close) + "'")
	}
	l.pos++
	l.skipSpace()
	if l.pos < len(l.data) && l.data[l.pos] == close {
		return l.fail("trailing comma before '" + string(close) + "'")
	}
	return true
}

func containerItem(close byte) string {
	if close == '}' {
		return "an object member"
	}
	return "a list element"
}

// Name reads a member name and the ':' after it. The name is unescaped; it
// aliases the input when it had no escapes.
func (l *Lexer) Name() (name []byte, flags StringFlags, ok bool) {
	l.skipSpace()
	if l.pos >= len(l.data) || l.data[l.pos] != '"' {
		return nil, 0, l.unexpected("a member name in double quotes")
	}
	name, flags, ok = l.String()
	if !ok {
		return nil, 0, false
	}
	l.skipSpace()
	if l.pos >= len(l.data) || l.data[l.pos] != ':' {
		return nil, 0, l.unexpected("':' after the member name")
	}
	l.pos++
	return name, flags, true
}

func (l *Lexer) unexpected(want string) bool {
	if l.pos >= len(l.data) {
		return l.fail("unexpected end of input: expected " + want)
	}
	return l.fail("invalid character " + quoteByte(l.data[l.pos]) + ": expected " + want)
}

// plain is 1 for the bytes the fast path of String passes over: ASCII from
// 0x20 up but '"' and '\\'.
var plain = func() (t [256]uint8) {
	for c := 0x20; c < 0x80; c++ {
		if c != '"' && c != '\\' {
			t[c] = 1
		}
	}
	return t
}()

// String reads a string value and returns its unescaped bytes, which alias
// the input when the string had no escapes.
func (l *Lexer) String() (s []byte, flags StringFlags, ok bool) {
	if l.err != nil {
		return nil, 0, false
	}
	l.skipSpace()
	if l.pos >= len(l.data) || l.data[l.pos] != '"' {
		return nil, 0, l.unexpected("a string")
	}
	start := l.pos + 1
	i := start
	// Fast path: no escapes. One table lookup per byte passes over what is
	// neither a quote, a backslash, a control nor a byte of a multi-byte
	// character.
	nonASCII := false
	data := l.data // a local: the loop keeps it in registers
	for i < len(data) {
		for uint(i) < uint(len(data)) && plain[data[i]] != 0 {
			i++
		}
		if i >= len(data) {
			break
		}
		c := data[i]
		if c == '"' {
			s = data[start:i]
			l.pos = i + 1
			if nonASCII && !utf8.Valid(s) {
				flags |= BadUTF8
			}
			return s, flags, true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			l.pos = i
			return nil, 0, l.fail("control character " + quoteByte(c) + " in a string: escape it")
		}
		nonASCII = nonASCII || c >= utf8.RuneSelf
		i++
	}
	if i >= len(l.data) {
		l.pos = i
		return nil, 0, l.fail("unexpected end of input inside a string")
	}
	buf := make([]byte, 0, i-start+16)
	buf = append(buf, l.data[start:i]...)
	for i < len(l.data) {
		c := l.data[i]
		switch {
		case c == '"':
			l.pos = i + 1
			if !utf8.Valid(buf) {
				flags |= BadUTF8
			}
			return buf, flags, true
		case c < 0x20:
			l.pos = i
			return nil, 0, l.fail("control character " + quoteByte(c) + " in a string: escape it")
		case c != '\\':
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(l.data) {
			break
		}
		e := l.data[i+1]
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := hex4(l.data, i+2)
			if !ok {
				l.pos = i
				return nil, 0, l.fail("invalid \\u escape in a string")
			}
			i += 6
			if utf16.IsSurrogate(r) {
				r2, ok2 := rune(-1), false
				if i+1 < len(l.data) && l.data[i] == '\\' && l.data[i+1] == 'u' {
					r2, ok2 = hex4(l.data, i+2)
				}
				if dec := utf16.DecodeRune(r, r2); ok2 && dec != utf8.RuneError {
					r = dec
					i += 6
				} else {
					r = utf8.RuneError
					flags |= LoneSurrogate
				}
			}
			buf = utf8.AppendRune(buf, r)
			continue
		default:
			l.pos = i
			return nil, 0, l.fail("invalid escape " + escapeText(e) + " in a string")
		}
		i += 2
	}
	l.pos = len(l.data)
	return nil, 0, l.fail("unexpected end of input inside a string")
}

func hex4(data []byte, at int) (rune, bool) {
	if at+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, c := range data[at : at+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// Number reads a number and returns its text, which aliases the input.
func (l *Lexer) Number() ([]byte, bool) {
	if l.err != nil {
		return nil, false
	}
	l.skipSpace()
	d, start := l.data, l.pos
	i := start
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	default:
		l.pos = i
		return nil, l.fail("invalid number")
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			l.pos = i
			return nil, l.fail("invalid number: a digit must follow '.'")
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			l.pos = i
			return nil, l.fail("invalid number: a digit must follow the exponent")
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	l.pos = i
	return d[start:i], true
}

// Bool reads true or false.
func (l *Lexer) Bool() (v, ok bool) {
	if l.literal("true") {
		return true, true
	}
	if l.err == nil && l.literal("false") {
		return false, true
	}
	return false, l.unexpected("true or false")
}

// Null reads null.
func (l *Lexer) Null() bool {
	if l.literal("null") {
		return true
	}
	return l.unexpected("null")
}

func (l *Lexer) literal(word string) bool {
	if l.err != nil {
		return false
	}
	l.skipSpace()
	if len(l.data)-l.pos < len(word) || string(l.data[l.pos:l.pos+len(word)]) != word {
		return false
	}
	end := l.pos + len(word)
	if end < len(l.data) && isIdent(l.data[end]) {
		return false
	}
	l.pos = end
	return true
}

func isIdent(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// Skip reads and discards one value of any kind, checking its syntax. It
// keeps no stack beyond a bit per level, so any nesting up to MaxDepth costs
// no allocation and no recursion.
func (l *Lexer) Skip() bool {
	base := l.depth
	for {
		switch l.Peek() {
		case Object:
			if l.Begin('{') && l.skipMembers(true) {
				continue // a member value follows
			}
		case Array:
			if l.Begin('[') && l.More(']', true) {
				continue // an element follows
			}
		case String:
			l.String()
		case Number:
			l.Number()
		case Bool:
			l.Bool()
		case Null:
			l.Null()
		case End:
			return l.fail("unexpected end of input: expected a value")
		default:
			return false
		}
		// A value is complete: close every container that ends here.
		for {
			if l.err != nil {
				return false
			}
			if l.depth == base {
				return true
			}
			var more bool
			if l.inObject() {
				more = l.skipMembers(false)
			} else {
				more = l.More(']', false)
			}
			if more {
				break
			}
		}
	}
}

// skipMembers advances to the next member value of an object being skipped,
// returning true when a value follows (its name and ':' consumed) and false
// when the object closed or an error occurred.
func (l *Lexer) skipMembers(first bool) bool {
	if !l.More('}', first) {
		return false
	}
	_, _, ok := l.Name()
	return ok
}

// inObject reports whether the innermost open container is an object.
func (l *Lexer) inObject() bool {
	d := l.depth
	return l.objects[d/64]&(1<<(d%64)) != 0
}

// Pos is where a byte offset of a document lies, as people and tools count:
// lines end at LF, CR LF or a lone CR (as editors and SARIF count them).
type Pos struct {
	Line int // 1-based
	// Column is 1-based and counts characters: each byte of invalid UTF-8
	// counts one, as the U+FFFD a reader shows for it.
	Column int
	// UTF16Column is 1-based and counts UTF-16 code units, as SARIF (its
	// default columnKind) and LSP do: a character outside the Basic
	// Multilingual Plane counts two.
	UTF16Column int
}

// Position returns the line and columns of a byte offset of data; an offset
// outside data is clamped to it. An offset between the CR and the LF of a
// line end is the place of the CR, and one inside a character is the place
// after it. It is the one line and column computation: text messages use
// Column, SARIF regions UTF16Column.
func Position(data []byte, offset int) Pos {
	offset = min(max(offset, 0), len(data))
	p := Pos{Line: 1, Column: 1, UTF16Column: 1}
	newline := func() { p = Pos{Line: p.Line + 1, Column: 1, UTF16Column: 1} }
	for i := 0; i < offset; {
		switch c := data[i]; {
		case c == '\n':
			newline()
			i++
		case c == '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				if i+1 == offset {
					return p
				}
				i++
			}
			newline()
			i++
		case c < utf8.RuneSelf:
			p.Column++
			p.UTF16Column++
			i++
		default:
			r, n := utf8.DecodeRune(data[i:])
			p.Column++
			p.UTF16Column++
			if r >= 0x10000 {
				p.UTF16Column++
			}
			i += n
		}
	}
	return p
}

// escapeText writes a backslash and the byte e after it, as a message shows
// an invalid escape: '\q', or for a byte that is not printable ASCII (a
// newline, a control character, a byte of a multi-byte character), the
// backslash and the byte's value, so that no input byte reaches the message
// raw.
func escapeText(e byte) string {
	if e >= 0x20 && e < 0x7f {
		return "'\\" + string(rune(e)) + "'"
	}
	return "'\\' followed by " + quoteByte(e)
}

func quoteByte(c byte) string {
	if c >= 0x20 && c < 0x7f {
		return strconv.QuoteRune(rune(c))
	}
	return "0x" + strconv.FormatUint(uint64(c), 16)
}
