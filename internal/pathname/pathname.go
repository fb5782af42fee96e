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
