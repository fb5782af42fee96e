// Package pathname writes the parts of violation paths and messages that
// come from the input: member names as paths show them, and quoted values
// cut to a readable length. Paths are written, never read back: where a
// member sits in the input is recorded by the decoder as it reads it.
package pathname

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxRunes is how many characters of a value Quote keeps.
const maxRunes = 64

// Quote quotes v as Go does, cut after 64 characters with "…".
func Quote(v string) string {
	if utf8.RuneCountInString(v) <= maxRunes {
		return strconv.Quote(v)
	}
	i, n := 0, 0
	for i = range v {
		if n == maxRunes {
			break
		}
		n++
	}
	return strconv.Quote(v[:i]) + "…"
}

// Member returns a member name as a path segment: the name itself, or the
// name quoted (and cut) when the input spelled it with an escape problem
// (odd), when it is empty or has a character that is not printable, or when
// it is longer than 128 bytes.
func Member(name string, odd bool) string {
	if odd || !printable(name) || len(name) > 128 {
		return Quote(name)
	}
	return name
}

// Text returns s as output lines show it: itself when every character is
// printable, and Go-quoted (whole) otherwise, so that a file name with a
// newline or a bidi control cannot forge or reorder a line of output.
func Text(s string) string {
	if printable(s) {
		return s
	}
	return strconv.Quote(s)
}

func printable(s string) bool {
	for _, r := range s {
		if !strconv.IsPrint(r) || r == utf8.RuneError {
			return false
		}
	}
	return s != ""
}

// Line returns s, text from the input inside a longer output line (a
// reader's message, a reason), as that line shows it: itself when every
// character is printable, and otherwise with each character that is not (a
// line break, a control or bidi character, an invalid byte) written as its
// Go escape, so that the text cannot forge or reorder a line of output and
// the rest of the message stays readable.
func Line(s string) string {
	if s == "" || printable(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])>>4, 16) + strconv.FormatUint(uint64(s[i])&0xf, 16))
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// JSON returns the JSON text b with every character that is not printable
// and not ASCII (a C1 control, a line or paragraph separator, a bidi or
// other format character, no-break space) written as its \u escape, and an
// invalid byte as \ufffd. Such characters can only be inside strings, so
// the result is the same JSON value; encoding/json escapes the ASCII
// controls itself but writes these raw, where a terminal or editor may
// break or reorder a line on them. b is returned unchanged when it has none.
func JSON(b []byte) []byte {
	i := 0
	for i < len(b) && b[i] < 0x7f {
		i++
	}
	if i == len(b) {
		return b
	}
	out := append(make([]byte, 0, len(b)+16), b[:i]...)
	for i < len(b) {
		c := b[i]
		if c < 0x7f {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			out = append(out, `\ufffd`...)
		case c == 0x7f || !strconv.IsPrint(r):
			out = AppendEscape(out, r)
		default:
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

// AppendEscape appends r as a JSON \u escape, or a UTF-16 surrogate pair of
// them beyond the Basic Multilingual Plane.
func AppendEscape(b []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	if r > 0xffff {
		r -= 0x10000
		b = AppendEscape(b, 0xd800+(r>>10))
		return AppendEscape(b, 0xdc00+(r&0x3ff))
	}
	return append(b, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
}
