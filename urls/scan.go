package urls

import (
	"strings"

	"github.com/cognitokit/appclient/internal/charclass"
)

// Summary is what one read of a redirect URL tells: the model facts (its
// length and whether it matches the RedirectUrlType pattern) and the
// verdict of [Redirect] with the two facts of its Info that the warnings
// read. It is small, so that returning it copies a few words.
type Summary struct {
	// Runes is the length of the URL in code points when Pattern is true,
	// and 0 otherwise.
	Runes int
	// Problem is the problem Redirect reports.
	Problem Problem
	// Pattern reports whether the URL matches the RedirectUrlType model
	// pattern ^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$ (the empty string does not).
	Pattern bool
	// LoopbackHTTP is Info.HTTP() && Info.Loopback() of Redirect's Info.
	LoopbackHTTP bool
	// Dangerous is Info.Dangerous() of Redirect's Info.
	Dangerous bool
}

// Scan reads a redirect URL for the model pattern, its length and
// [Redirect]'s verdict at once. A plain URL, scheme://host[:port][/path][?query]
// with only printable ASCII other than '%', '@', '[', '#' and '\', is read
// in one pass; any other URL is read by Redirect and the model pattern
// scanner in turn, with the same result.
func Scan(s string) Summary {
	if sum, ok := scanPlain(s); ok {
		return sum
	}
	return scanGeneral(s)
}

// scanGeneral is Scan without the fast path: the reference that scanPlain
// must agree with.
func scanGeneral(s string) Summary {
	var p parts
	sum := Summary{Problem: redirect(s, &p)}
	sum.Runes, sum.Pattern = charclass.RedirectURL.Scan(s)
	if !sum.Pattern {
		sum.Runes = 0
	}
	sum.LoopbackHTTP = p.HTTP() && p.Loopback()
	sum.Dangerous = p.Dangerous()
	return sum
}

// Fast path byte classes.
const (
	plainScheme = 1 << iota // ALPHA / DIGIT / "+" / "-" / "." after the first
	plainHost               // RFC 3986 reg-name: unreserved / sub-delims
	plainRest               // allowed in the path and query: printable ASCII but '%', '@', '[', '#', '\'
)

var plainClass = func() (t [256]uint8) {
	for c := 0x21; c < 0x7f; c++ {
		b := byte(c)
		if isAlpha(b) || isDigit(b) || b == '+' || b == '-' || b == '.' {
			t[c] |= plainScheme
		}
		if isUnreserved(b) || isSubDelim(b) {
			t[c] |= plainHost
		}
		switch b {
		case '%', '@', '[', '#', '\\':
		default:
			t[c] |= plainRest
		}
	}
	return t
}()

// scanPlain is the fast path of Scan. It reports false, with no result, for
// a URL that is not plain.
func scanPlain(s string) (Summary, bool) {
	// scheme ":": "https://" and "http://" as written most often are
	// recognised whole.
	var i int
	var http, web bool
	switch {
	case strings.HasPrefix(s, "https://"):
		i, web = 5, true
	case strings.HasPrefix(s, "http://"):
		i, http, web = 4, true, true
	default:
		if s == "" || !isAlpha(s[0]) {
			return Summary{}, false
		}
		i = 1
		for i < len(s) && plainClass[s[i]]&plainScheme != 0 {
			i++
		}
		if i+2 >= len(s) || s[i] != ':' || s[i+1] != '/' || s[i+2] != '/' {
			return Summary{}, false
		}
		http = equalFoldASCII(s[:i], "http")
		web = http || equalFoldASCII(s[:i], "https")
	}
	scheme := s[:i]
	// "//" host
	i += 3
	hostStart := i
	i = span(s, i, plainHost)
	host := s[hostStart:i]
	// [":" port]
	portOK := true
	if i < len(s) && s[i] == ':' {
		i++
		n := 0
		for i < len(s) && isDigit(s[i]) {
			if n <= 65535 {
				n = n*10 + int(s[i]-'0')
			}
			i++
		}
		portOK = n <= 65535
	}
	// the authority ends at '/', '?' or the end
	if i < len(s) && s[i] != '/' && s[i] != '?' {
		return Summary{}, false
	}
	if span(s, i, plainRest) != len(s) {
		return Summary{}, false
	}

	sum := Summary{Runes: len(s), Pattern: true}
	loopback := web && (host == "127.0.0.1" || equalFoldASCII(host, "localhost"))
	switch {
	case http && !loopback:
		sum.Problem = InsecureHTTP
	case web && host == "":
		sum.Problem = MissingHost
	case !portOK:
		sum.Problem = Malformed
	}
	sum.LoopbackHTTP = http && loopback
	sum.Dangerous = !web && dangerousScheme(scheme)
	return sum, true
}

// span returns the position of the first byte of s from i on whose class
// lacks bit, or len(s). It tests eight bytes at a time while it can: the
// classes of eight bytes all have bit when their AND has it.
func span(s string, i int, bit uint8) int {
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		if plainClass[t[0]]&plainClass[t[1]]&plainClass[t[2]]&plainClass[t[3]]&
			plainClass[t[4]]&plainClass[t[5]]&plainClass[t[6]]&plainClass[t[7]]&bit == 0 {
			break
		}
	}
	for i < len(s) && plainClass[s[i]]&bit != 0 {
		i++
	}
	return i
}

func dangerousScheme(scheme string) bool {
	return equalFoldASCII(scheme, "javascript") || equalFoldASCII(scheme, "data") ||
		equalFoldASCII(scheme, "file") || equalFoldASCII(scheme, "vbscript")
}
