package urls

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Info is what Parse learned about one URL. It holds sub-slices of the input,
// never copies.
type Info struct {
	Scheme       string // as written (may be mixed case); "" when the URL is not absolute
	Authority    string // between "//" and the path; "" when absent
	Host         string // the host part of Authority as written (userinfo and port removed; IPv6 keeps its brackets)
	Port         string
	HasAuthority bool // "//" present
	HasUserinfo  bool
	HasFragment  bool // any '#', even an empty fragment "https://a/cb#"
	HasQuery     bool
}

// parts is Info plus what Redirect needs to judge well-formedness.
type parts struct {
	Info
	userinfo string
	hasPort  bool // a ':' introduced Port (Port may still be empty)
	badHost  bool // '[' without ']', or junk between ']' and the port
}

// Parse splits s per RFC 3986. It reports false when s is not an absolute
// URI, that is when it does not start with a scheme
// (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )) followed by ':'; the Info is
// then zero. Parse does not judge anything else: see [Redirect].
func Parse(s string) (Info, bool) {
	var p parts
	ok := split(s, &p)
	return p.Info, ok
}

// split fills in p, which must be zero, and reports whether s is absolute.
// It fills in place so that no caller copies the large parts value.
func split(s string, p *parts) (ok bool) {
	colon := schemeEnd(s)
	if colon <= 0 {
		return false
	}
	p.Scheme = s[:colon]
	rest := s[colon+1:]
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		p.HasFragment = true
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		p.HasQuery = true
		rest = rest[:i]
	}
	if len(rest) < 2 || rest[0] != '/' || rest[1] != '/' {
		return true
	}
	p.HasAuthority = true
	auth := rest[2:]
	if i := strings.IndexByte(auth, '/'); i >= 0 {
		auth = auth[:i]
	}
	p.Authority = auth
	hostport := auth
	if i := strings.LastIndexByte(auth, '@'); i >= 0 {
		p.HasUserinfo = true
		p.userinfo = auth[:i]
		hostport = auth[i+1:]
	}
	// A bracketed host that does not close, or has junk after ']' other
	// than ":port", keeps all of hostport as Host (and is Malformed).
	if hostport != "" && hostport[0] == '[' {
		i := strings.IndexByte(hostport, ']')
		if i < 0 {
			p.Host, p.badHost = hostport, true
			return true
		}
		p.Host = hostport[:i+1]
		after := hostport[i+1:]
		switch {
		case after == "":
		case after[0] == ':':
			p.Port, p.hasPort = after[1:], true
		default:
			p.Host, p.badHost = hostport, true
		}
		return true
	}
	// RFC 3986 reg-name has no ':', so the host ends at the first one.
	if i := strings.IndexByte(hostport, ':'); i >= 0 {
		p.Host, p.Port, p.hasPort = hostport[:i], hostport[i+1:], true
	} else {
		p.Host = hostport
	}
	return true
}

// schemeEnd returns the index of the ':' ending a valid scheme, or -1.
func schemeEnd(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlpha(c):
		case i == 0:
			return -1
		case isDigit(c) || c == '+' || c == '-' || c == '.':
		case c == ':':
			return i
		default:
			return -1
		}
	}
	return -1
}

// HTTPS reports whether the scheme is https (case-insensitive) and the host
// is not empty.
func (i Info) HTTPS() bool { return equalFoldASCII(i.Scheme, "https") && i.Host != "" }

// HTTP reports whether the scheme is http (case-insensitive).
func (i Info) HTTP() bool { return equalFoldASCII(i.Scheme, "http") }

// Loopback reports whether the URL is http or https to exactly localhost,
// 127.0.0.1 or [::1], with no userinfo. The host is compared byte for byte;
// only "localhost" ignores ASCII case. See the package documentation for the
// spellings that are deliberately not loopback.
func (i Info) Loopback() bool {
	if i.HasUserinfo || !(i.HTTP() || equalFoldASCII(i.Scheme, "https")) {
		return false
	}
	return i.Host == "127.0.0.1" || i.Host == "[::1]" || equalFoldASCII(i.Host, "localhost")
}

// Dangerous reports whether the scheme is javascript, data, file or vbscript
// (case-insensitive).
func (i Info) Dangerous() bool {
	return equalFoldASCII(i.Scheme, "javascript") || equalFoldASCII(i.Scheme, "data") ||
		equalFoldASCII(i.Scheme, "file") || equalFoldASCII(i.Scheme, "vbscript")
}

// AppScheme reports whether the URL has a scheme other than http and https
// (a custom app scheme such as myapp: or com.example.app:). It is also true
// for the Dangerous schemes.
func (i Info) AppScheme() bool {
	return i.Scheme != "" && !i.HTTP() && !equalFoldASCII(i.Scheme, "https")
}

// Problem is the first reason a URL is not an acceptable redirect URI.
type Problem uint8

const (
	OK           Problem = iota
	NotAbsolute          // no scheme
	Fragment             // has a fragment
	InsecureHTTP         // http:// to a host other than the exact loopback names
	MissingHost          // http or https with an empty host ("https:///cb", "https:cb")
	Malformed            // absolute, but not a URI Cognito can match: backslash, space or control character, bad percent-encoding, bad host, port or IPv6 literal
)

// String returns a short lowercase phrase usable inside a message, such as
// "must not include a fragment (#)".
func (p Problem) String() string {
	switch p {
	case OK:
		return "is a valid redirect URI"
	case NotAbsolute:
		return "must be an absolute URI with a scheme (such as https://)"
	case Fragment:
		return "must not include a fragment (#)"
	case InsecureHTTP:
		return "must use HTTPS (plain HTTP is allowed only for localhost, 127.0.0.1 and [::1])"
	case MissingHost:
		return "must include a host name"
	case Malformed:
		return "is not a well-formed URI"
	}
	return "Problem(" + strconv.Itoa(int(p)) + ")"
}

// Redirect applies the CallbackURLs / LogoutURLs / DefaultRedirectURI rule
// and returns the first problem found, in the order NotAbsolute, Fragment,
// InsecureHTTP, MissingHost, Malformed.
func Redirect(s string) (Info, Problem) {
	var p parts
	problem := redirect(s, &p)
	return p.Info, problem
}

// redirect is Redirect filling in p, which must be zero; p stays zero when
// s is not absolute.
func redirect(s string, p *parts) Problem {
	switch {
	case !split(s, p): // split leaves p zero then
		return NotAbsolute
	case p.HasFragment:
		return Fragment
	case p.HTTP() && !p.Loopback():
		return InsecureHTTP
	case p.Host == "" && (p.HTTP() || equalFoldASCII(p.Scheme, "https")):
		return MissingHost
	case !wellFormed(s, p):
		return Malformed
	}
	return OK
}

// redirectChars is the RedirectUrlType model pattern [\p{L}\p{M}\p{S}\p{N}\p{P}].
var redirectChars = []*unicode.RangeTable{unicode.L, unicode.M, unicode.S, unicode.N, unicode.P}

func wellFormed(s string, p *parts) bool {
	for i := 0; i < len(s); {
		k := byteClass[s[i]]
		if k&(classBad|classPercent|classNonASCII) == 0 {
			i++
			continue
		}
		switch {
		case k&classBad != 0:
			return false
		case k&classNonASCII != 0:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || !unicode.IsOneOf(redirectChars, r) {
				return false
			}
			i += n
			continue
		default: // '%'
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
		}
		i++
	}
	if !p.HasAuthority {
		return true
	}
	if p.badHost || p.HasUserinfo && !validUserinfo(p.userinfo) || p.hasPort && !validPort(p.Port) {
		return false
	}
	if h := p.Host; h != "" && h[0] == '[' {
		return validIPv6(h[1 : len(h)-1])
	}
	return validRegName(p.Host)
}

// validUserinfo: *( unreserved / pct-encoded / sub-delims / ":" ), ASCII only.
// Percent-encodings were already checked.
func validUserinfo(s string) bool {
	for i := 0; i < len(s); i++ {
		if byteClass[s[i]]&classUserinfo == 0 {
			return false
		}
	}
	return true
}

// validRegName: *( unreserved / sub-delims ), plus non-ASCII (already checked
// against the model pattern). Percent-encoding is rejected on purpose.
func validRegName(s string) bool {
	for i := 0; i < len(s); i++ {
		if byteClass[s[i]]&(classRegName|classNonASCII) == 0 {
			return false
		}
	}
	return true
}

// Byte classes, one table lookup per byte on the hot path.
const (
	classBad      = 1 << iota // control, space, DEL, backslash: never in a well-formed redirect URL
	classPercent              // '%': must start a percent-encoding
	classNonASCII             // a byte of a multi-byte UTF-8 sequence
	classRegName              // RFC 3986 reg-name: unreserved / sub-delims
	classUserinfo             // RFC 3986 userinfo: unreserved / sub-delims / ":" / pct-encoded
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		switch {
		case b >= utf8.RuneSelf:
			t[c] |= classNonASCII
		case b <= ' ' || b == 0x7f || b == '\\':
			t[c] |= classBad
		case b == '%':
			t[c] |= classPercent | classUserinfo
		}
		if b < utf8.RuneSelf && (isUnreserved(b) || isSubDelim(b)) {
			t[c] |= classRegName | classUserinfo
		}
		if b == ':' {
			t[c] |= classUserinfo
		}
	}
	return t
}()

// validPort: *DIGIT with a value of at most 65535.
func validPort(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
		n = n*10 + int(s[i]-'0')
		if n > 65535 {
			return false
		}
	}
	return true
}

// validIPv6 checks an RFC 3986 IPv6address (no zone identifier, no IPvFuture).
func validIPv6(a string) bool {
	groups, ellipsis, i := 0, false, 0
	if strings.HasPrefix(a, "::") {
		ellipsis, i = true, 2
	} else if a == "" || a[0] == ':' {
		return false
	}
	for i < len(a) {
		j := i
		for j < len(a) && j-i < 5 && isHex(a[j]) {
			j++
		}
		if j == i {
			return false
		}
		if j < len(a) && a[j] == '.' {
			if groups > 6 || !validIPv4(a[i:]) {
				return false
			}
			groups += 2
			break
		}
		if j-i > 4 {
			return false
		}
		groups++
		i = j
		if i == len(a) {
			break
		}
		if a[i] != ':' {
			return false
		}
		i++
		if i < len(a) && a[i] == ':' {
			if ellipsis {
				return false
			}
			ellipsis = true
			i++
		} else if i == len(a) {
			return false
		}
	}
	if ellipsis {
		return groups < 8
	}
	return groups == 8
}

// validIPv4 checks a dotted-quad of RFC 3986 dec-octets (no leading zeros).
func validIPv4(s string) bool {
	for k := 0; k < 4; k++ {
		if k > 0 {
			if s == "" || s[0] != '.' {
				return false
			}
			s = s[1:]
		}
		n, j := 0, 0
		for j < len(s) && isDigit(s[j]) && j < 3 {
			n = n*10 + int(s[j]-'0')
			j++
		}
		if j == 0 || n > 255 || j > 1 && s[0] == '0' {
			return false
		}
		s = s[j:]
	}
	return s == ""
}

func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func isUnreserved(c byte) bool {
	return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

func isSubDelim(c byte) bool {
	switch c {
	case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=':
		return true
	}
	return false
}
