// Package charclass decides, without regexp and without allocating, whether a
// string fully matches one of the string patterns of the Amazon Cognito user
// pools API model.
//
// Each Class corresponds to a data type of the Amazon Cognito user pools API
// reference (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/):
//
//   - UserPoolID: UserPoolIdType, ^[\w-]+_[0-9a-zA-Z]+$, for example
//     "us-east-1_AbCdEf123".
//   - ClientName: ClientNameType, ^[\w\s+=,.@-]+$.
//   - WordPlus: ClientIdType and ClientSecretType, ^[\w+]+$. Base64 '/', '='
//     and '-' are not allowed.
//   - ProviderName: ProviderNameType (SupportedIdentityProviders),
//     ^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$.
//   - RedirectURL: RedirectUrlType (CallbackURLs, LogoutURLs,
//     DefaultRedirectURI), ^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$. Unlike
//     ProviderName it has no \p{Z}, so spaces are rejected.
//   - Scope: ScopeType (AllowedOAuthScopes), ^[\x21\x23-\x5B\x5D-\x7E]+$:
//     printable ASCII except space, '"' and '\'.
//   - Hex: HexStringType (AnalyticsConfiguration.ApplicationId), ^[0-9a-fA-F]+$.
//   - ARN: ArnType (AnalyticsConfiguration.ApplicationArn and RoleArn),
//     ^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$.
//
// The patterns are ECMA-262 text and the service evaluates them with Java
// regular expressions. This package follows the server's meaning:
//
//   - \w is ASCII only: [A-Za-z0-9_]. "café" is not a valid ClientName.
//   - \s (ClientName only) is [\t\n\v\f\r ], as in Java. It includes the
//     vertical tab U+000B, which Go's RE2 \s lacks, and it excludes Unicode
//     spaces such as U+00A0, which ECMAScript's \s would include.
//   - \p{L}, \p{M}, \p{S}, \p{N}, \p{P} and \p{Z} are the Unicode general
//     categories, taken from the Go unicode tables (unicode.Version).
//   - A string containing invalid UTF-8 never matches any class (other than
//     None), even though U+FFFD, the rune Go decodes such bytes to, is in
//     \p{S}. A well-formed U+FFFD does match ProviderName and RedirectURL.
//
// Length limits of the shapes are not checked here.
package charclass

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class names one of the AWS model's string patterns.
type Class uint8

// The classes. Values beyond ARN are invalid: they match nothing and have
// empty Pattern, RE2 and Allowed.
const (
	None         Class = iota // no pattern: Match always true
	UserPoolID                // UserPoolIdType      ^[\w-]+_[0-9a-zA-Z]+$
	ClientName                // ClientNameType      ^[\w\s+=,.@-]+$  (\s = [\t\n\v\f\r ])
	WordPlus                  // ClientIdType and ClientSecretType  ^[\w+]+$
	ProviderName              // ProviderNameType    ^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$
	RedirectURL               // RedirectUrlType     ^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$
	Scope                     // ScopeType           ^[\x21\x23-\x5B\x5D-\x7E]+$
	Hex                       // HexStringType       ^[0-9a-fA-F]+$
	ARN                       // ArnType (see the package documentation)
)

type info struct {
	name    string // model shape name
	pattern string // model pattern, verbatim
	re2     string // Go regexp pattern with the server's meaning
	allowed string // human phrase
}

const arnPattern = `^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$`

var infos = [...]info{
	None: {"None", "", "", "any characters"},
	UserPoolID: {"UserPoolIdType", `^[\w-]+_[0-9a-zA-Z]+$`, `^[\w-]+_[0-9a-zA-Z]+$`,
		"ASCII letters, digits and the characters _-, in the form prefix_suffix (for example us-east-1_AbCdEf123)"},
	ClientName: {"ClientNameType", `^[\w\s+=,.@-]+$`, `^[\w\t\n\v\f\r +=,.@-]+$`,
		"ASCII letters, digits, spaces, tabs, line breaks and the characters _+=,.@-"},
	WordPlus: {"ClientIdType/ClientSecretType", `^[\w+]+$`, `^[\w+]+$`,
		"ASCII letters, digits and the characters _+"},
	ProviderName: {"ProviderNameType", `^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$`, `^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$`,
		"letters, marks, symbols, numbers, punctuation and spaces (no control or format characters)"},
	RedirectURL: {"RedirectUrlType", `^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$`, `^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$`,
		"letters, marks, symbols, numbers and punctuation (no spaces or control characters)"},
	Scope: {"ScopeType", `^[\x21\x23-\x5B\x5D-\x7E]+$`, `^[\x21\x23-\x5B\x5D-\x7E]+$`,
		`printable ASCII characters except space, " and \`},
	Hex: {"HexStringType", `^[0-9a-fA-F]+$`, `^[0-9a-fA-F]+$`,
		"hexadecimal digits 0-9, a-f and A-F"},
	ARN: {"ArnType", arnPattern, arnPattern,
		"an ARN of the form arn:partition:service:region:account-id:resource, using ASCII letters, digits and the characters _+=/,.@-"},
}

// asciiSet says, for each byte, whether it is an allowed ASCII character: 1
// if it is, 0 if not. Indexing by a byte needs no bounds check, so testing
// costs one load; bytes from 0x80 up are never in the set.
type asciiSet [256]uint8

func (s *asciiSet) has(b byte) bool { return s[b] != 0 }

// span returns how many bytes of v from the start are in s, testing eight
// at a time while it can (eight bytes are all in when the AND of their
// entries is 1), then one at a time. The last eight bytes are tested
// together too, overlapping the ones before, so that a string of at least
// eight bytes that is all in costs no test of a single byte.
func (s *asciiSet) span(v string) int {
	i := 0
	for ; i+8 <= len(v); i += 8 {
		if !s.all8(v[i:]) {
			goto bytes
		}
	}
	if i < len(v) && len(v) >= 8 && s.all8(v[len(v)-8:]) {
		return len(v)
	}
bytes:
	for i < len(v) && s[v[i]] != 0 {
		i++
	}
	return i
}

// all8 reports whether the first eight bytes of t are all in s.
func (s *asciiSet) all8(t string) bool {
	t = t[:8]
	return s[t[0]]&s[t[1]]&s[t[2]]&s[t[3]]&s[t[4]]&s[t[5]]&s[t[6]]&s[t[7]] != 0
}

func (s *asciiSet) add(chars string) {
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = 1
	}
}

func (s *asciiSet) addRange(lo, hi byte) {
	for b := int(lo); b <= int(hi); b++ {
		s[b] = 1
	}
}

func makeSet(chars string) *asciiSet {
	s := new(asciiSet)
	s.addRange('a', 'z')
	s.addRange('A', 'Z')
	s.addRange('0', '9')
	s.add(chars)
	return s
}

// Tables for the \p classes, shared by the ASCII fast path and the slow path.
var (
	providerTables = []*unicode.RangeTable{unicode.L, unicode.M, unicode.S, unicode.N, unicode.P, unicode.Z}
	redirectTables = providerTables[:5]
)

func makeTableSet(tables []*unicode.RangeTable) *asciiSet {
	s := new(asciiSet)
	for b := 0; b < utf8.RuneSelf; b++ {
		if unicode.IsOneOf(tables, rune(b)) {
			s[b] = 1
		}
	}
	return s
}

var (
	alnumSet      = makeSet("")
	userPoolSet   = makeSet("_-")
	clientNameSet = makeSet("_\t\n\v\f\r +=,.@-")
	wordPlusSet   = makeSet("_+")
	arnFieldSet   = makeSet("_+=/,.@-")
	arnSet        = makeSet("_+=/,.@-:")
	hexSet        = func() *asciiSet {
		s := new(asciiSet)
		s.addRange('0', '9')
		s.addRange('a', 'f')
		s.addRange('A', 'F')
		return s
	}()
	scopeSet = func() *asciiSet {
		s := new(asciiSet)
		s.addRange(0x21, 0x21)
		s.addRange(0x23, 0x5B)
		s.addRange(0x5D, 0x7E)
		return s
	}()
	providerSet = makeTableSet(providerTables)
	redirectSet = makeTableSet(redirectTables)
)

// set returns the class's ASCII set and, for classes that allow non-ASCII
// runes, the Unicode tables. It returns nil, nil for None and invalid classes.
func (c Class) set() (*asciiSet, []*unicode.RangeTable) {
	switch c {
	case UserPoolID:
		return userPoolSet, nil
	case ClientName:
		return clientNameSet, nil
	case WordPlus:
		return wordPlusSet, nil
	case ProviderName:
		return providerSet, providerTables
	case RedirectURL:
		return redirectSet, redirectTables
	case Scope:
		return scopeSet, nil
	case Hex:
		return hexSet, nil
	case ARN:
		return arnSet, nil
	}
	return nil, nil
}

// Match reports whether s fully matches the class's pattern. The empty string
// matches only None. A string with invalid UTF-8 matches only None.
func (c Class) Match(s string) bool {
	switch c {
	case None:
		return true
	case UserPoolID:
		return matchUserPoolID(s)
	case ARN:
		return matchARN(s)
	}
	if s == "" || c > ARN {
		return false
	}
	_, _, bad := c.BadRune(s)
	return !bad
}

// Scan is Match and a rune count in one pass: ok is Match(s), and when ok
// is true, n is the number of runes in s. For None, ok reports whether s is
// valid UTF-8. When ok is false, n is meaningless.
func (c Class) Scan(s string) (n int, ok bool) {
	switch c {
	case UserPoolID, ARN: // ASCII-only classes
		return len(s), c.Match(s)
	case None:
		if asciiOnly(s) {
			return len(s), true
		}
		if !utf8.ValidString(s) {
			return 0, false
		}
		return utf8.RuneCountInString(s), true
	}
	if s == "" || c > ARN {
		return 0, false
	}
	ascii, tables := c.set()
	// The allowed ASCII prefix, eight bytes at a time: one character each.
	i := ascii.span(s)
	n = i
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			if !ascii.has(b) {
				return 0, false
			}
			i++
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if tables == nil || (r == utf8.RuneError && size == 1) || !unicode.IsOneOf(tables, r) {
			return 0, false
		}
		i += size
		n++
	}
	return n, true
}

// asciiOnly reports whether every byte of s is ASCII, testing eight at a
// time, the last eight overlapping the ones before.
func asciiOnly(s string) bool {
	if len(s) < 8 {
		var or byte
		for i := 0; i < len(s); i++ {
			or |= s[i]
		}
		return or < utf8.RuneSelf
	}
	for i := 0; i+8 <= len(s); i += 8 {
		if high8(s[i:]) {
			return false
		}
	}
	return !high8(s[len(s)-8:])
}

// high8 reports whether one of the first eight bytes of t is not ASCII.
func high8(t string) bool {
	t = t[:8]
	return (t[0]|t[1]|t[2]|t[3]|t[4]|t[5]|t[6]|t[7])&0x80 != 0
}

// BadRune returns the first rune of s, and its byte offset, that the class's
// character set does not allow anywhere in the string. Invalid UTF-8 bytes are
// reported as utf8.RuneError at their offset. If every rune is allowed, ok is
// false; Match may still be false for structural reasons (an empty string, a
// UserPoolID without '_', an ARN with the wrong number of fields).
// For None, ok is always false; for invalid classes, the first rune is bad.
func (c Class) BadRune(s string) (r rune, at int, ok bool) {
	if c == None {
		return 0, 0, false
	}
	ascii, tables := c.set()
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if ascii == nil || !ascii.has(b) {
				return rune(b), i, true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if tables == nil || (r == utf8.RuneError && size == 1) || !unicode.IsOneOf(tables, r) {
			return r, i, true
		}
		i += size
	}
	return 0, 0, false
}

// allIn reports whether every byte of s is in set.
func allIn(s string, set *asciiSet) bool { return set.span(s) == len(s) }

// matchUserPoolID matches ^[\w-]+_[0-9a-zA-Z]+$. The suffix cannot contain
// '_', so the separator is the last '_'.
func matchUserPoolID(s string) bool {
	i := strings.LastIndexByte(s, '_')
	return i > 0 && i < len(s)-1 && allIn(s[:i], userPoolSet) && allIn(s[i+1:], alnumSet)
}

// matchARN matches ArnType. Fields cannot contain ':', so splitting on ':' is
// exact: "arn", then 5 to 7 fields, of which the third may be empty and the
// fourth is all digits.
func matchARN(s string) bool {
	rest, found := strings.CutPrefix(s, "arn:")
	if !found {
		return false
	}
	n := 0
	for {
		f, after, more := strings.Cut(rest, ":")
		n++
		switch {
		case n > 7:
			return false
		case n == 3:
			if !allIn(f, arnFieldSet) {
				return false
			}
		case n == 4:
			if f == "" || !allDigits(f) {
				return false
			}
		default:
			if f == "" || !allIn(f, arnFieldSet) {
				return false
			}
		}
		if !more {
			return n >= 5
		}
		rest = after
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Pattern returns the model's pattern verbatim (ECMA-262 text), or "" for
// None.
func (c Class) Pattern() string {
	if int(c) < len(infos) {
		return infos[c].pattern
	}
	return ""
}

// RE2 returns a Go regexp pattern with the server's meaning. It differs from
// Pattern only for ClientName, where \s is spelled out as [\t\n\v\f\r ].
// Note that Go's regexp decodes invalid UTF-8 as U+FFFD, which \p{S} matches,
// whereas Match rejects invalid UTF-8.
func (c Class) RE2() string {
	if int(c) < len(infos) {
		return infos[c].re2
	}
	return ""
}

// Allowed returns a lowercase phrase describing what the class allows, for use
// in messages.
func (c Class) Allowed() string {
	if int(c) < len(infos) {
		return infos[c].allowed
	}
	return ""
}

// String returns the model shape name, for example "ClientNameType". WordPlus,
// shared by two shapes, reports "ClientIdType/ClientSecretType".
func (c Class) String() string {
	if int(c) < len(infos) {
		return infos[c].name
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}
