package charclass_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cognitokit/appclient/internal/charclass"
	"pgregory.net/rapid"
)

// compiled holds regexp.MustCompile(c.RE2()) for every class but None.
var compiled = func() map[charclass.Class]*regexp.Regexp {
	m := make(map[charclass.Class]*regexp.Regexp)
	for _, c := range allClasses {
		if c != charclass.None {
			m[c] = regexp.MustCompile(c.RE2())
		}
	}
	return m
}()

// alphabets are the ASCII characters each class allows (plus a few that make
// structure: ':' for ARN, '_' for UserPoolID).
var alphabets = map[charclass.Class]string{
	charclass.UserPoolID:   "aZ09_-",
	charclass.ClientName:   "aZ09_ \t\n\v\f\r+=,.@-",
	charclass.WordPlus:     "aZ09_+",
	charclass.ProviderName: asciiRange(0x20, 0x7e),
	charclass.RedirectURL:  asciiRange(0x21, 0x7e),
	charclass.Scope:        asciiRange(0x21, 0x7e),
	charclass.Hex:          "0123456789abcdefABCDEF",
	charclass.ARN:          "arn:aZ09_+=/,.@-:::",
}

func asciiRange(lo, hi byte) string {
	var b strings.Builder
	for c := lo; c <= hi; c++ {
		b.WriteByte(c)
	}
	return b.String()
}

// interesting runes: ASCII/Unicode whitespace, U+FFFD, combining marks,
// format characters, emoji, CJK, private use, unassigned code points and a
// surrogate (encoded by Go as U+FFFD).
var interesting = []rune{
	'\v', '\x00', '\x7f', ' ', '"', '\\', ':', '_', '-', '/',
	0x85, 0xa0, 0x1680, 0x2000, 0x200b, 0x2028, 0x2029, 0x202f, 0x3000, 0xfeff,
	0xfffd, 0xfffe, 0xffff, 0x0301, 0x20dd, 0xe9, 0x661, 0xff10,
	0x1f600, 0x1f1ef, 0x3042, 0x4e00, 0x20000, 0xe000, 0xf0000, 0x10ffff,
	0x0378, 0x0379, 0x0590, 0x2fe0, 0xe0000, 0x40000,
	0xd800, 0xdfff,
}

// categoryTables are all Unicode general-category tables (Lu, Ll, ..., Cs),
// so that every category is sampled.
var categoryTables = func() []*unicode.RangeTable {
	var names []string
	for name := range unicode.Categories {
		if len(name) == 2 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	var tables []*unicode.RangeTable
	for _, n := range names {
		tables = append(tables, unicode.Categories[n])
	}
	return tables
}()

func runeGen(c charclass.Class) *rapid.Generator[rune] {
	return rapid.OneOf(
		rapid.RuneFrom([]rune(alphabets[c])),
		rapid.RuneFrom([]rune(asciiRange(0, 0x7f))),
		rapid.RuneFrom(interesting),
		rapid.RuneFrom(nil, categoryTables...),
	)
}

func stringGen(c charclass.Class) *rapid.Generator[string] {
	mixed := rapid.StringOfN(runeGen(c), 0, 24, -1)
	ownAlphabet := rapid.StringOfN(rapid.RuneFrom([]rune(alphabets[c])), 0, 24, -1)
	switch c {
	case charclass.UserPoolID:
		return rapid.OneOf(mixed, ownAlphabet, rapid.Custom(func(t *rapid.T) string {
			return ownAlphabet.Draw(t, "prefix") + "_" + ownAlphabet.Draw(t, "suffix")
		}))
	case charclass.ARN:
		// Mostly well-formed ARNs, each field replaced now and then by
		// something else, so that both sides of every edge are reached.
		valid := rapid.StringOfN(rapid.RuneFrom([]rune("aZ09_+=/,.@-")), 1, 4, -1)
		digits := rapid.StringOfN(rapid.RuneFrom([]rune("0123456789")), 1, 3, -1)
		other := rapid.OneOf(rapid.Just(""), valid, digits, rapid.StringOfN(runeGen(c), 0, 2, -1))
		return rapid.OneOf(mixed, rapid.Custom(func(t *rapid.T) string {
			parts := []string{rapid.SampledFrom([]string{"arn", "arn", "arn", "arn", "ARN", "ar", ""}).Draw(t, "prefix")}
			n := rapid.SampledFrom([]int{5, 6, 7, 5, 6, 7, 0, 1, 2, 3, 4, 8, 9}).Draw(t, "fields")
			for i := 1; i <= n; i++ {
				var f string
				switch {
				case rapid.IntRange(0, 9).Draw(t, "mutate") == 0:
					f = other.Draw(t, "other")
				case i == 3:
					f = rapid.OneOf(rapid.Just(""), valid).Draw(t, "region")
				case i == 4:
					f = digits.Draw(t, "account")
				default:
					f = valid.Draw(t, "field")
				}
				parts = append(parts, f)
			}
			return strings.Join(parts, ":")
		}))
	}
	return rapid.OneOf(mixed, ownAlphabet)
}

// TestParityRapid compares Match against the RE2 pattern on generated valid
// UTF-8 strings. Invalid UTF-8 is left to the table tests: Go's regexp reads
// invalid bytes as U+FFFD, which \p{S} matches.
func TestParityRapid(t *testing.T) {
	for _, c := range allClasses {
		if c == charclass.None {
			continue
		}
		re := compiled[c]
		gen := stringGen(c)
		t.Run(classNames[c], func(t *testing.T) {
			t.Parallel()
			rapid.Check(t, func(t *rapid.T) {
				// Up to 64 strings per check: thousands per run by default.
				for _, s := range rapid.SliceOfN(gen, 1, 64).Draw(t, "strings") {
					if !utf8.ValidString(s) {
						t.Fatalf("generator produced invalid UTF-8 %q", s)
					}
					want := re.MatchString(s)
					if got := c.Match(s); got != want {
						t.Fatalf("%v.Match(%q) = %v, RE2 %v", c, s, got, want)
					}
					checkBadRune(t, c, s)
				}
			})
		})
	}
}

// checkBadRune checks that BadRune is consistent with Match and with s.
func checkBadRune(t interface{ Fatalf(string, ...any) }, c charclass.Class, s string) {
	r, at, ok := c.BadRune(s)
	match := c.Match(s)
	if !ok {
		if r != 0 || at != 0 {
			t.Fatalf("%v.BadRune(%q) = %q, %d, false; want zero values", c, s, r, at)
		}
		// For the single-set classes only emptiness is structural.
		if singleRune(c) && !match && s != "" {
			t.Fatalf("%v: Match(%q) false but BadRune finds nothing", c, s)
		}
		return
	}
	if match {
		t.Fatalf("%v: BadRune(%q) = %q at %d, but Match is true", c, s, r, at)
	}
	if at < 0 || at >= len(s) {
		t.Fatalf("%v.BadRune(%q): offset %d out of range", c, s, at)
	}
	dr, _ := utf8.DecodeRuneInString(s[at:])
	if dr != r {
		t.Fatalf("%v.BadRune(%q) = %q at %d; the rune there is %q", c, s, r, at, dr)
	}
	if !utf8.RuneStart(s[at]) && r != utf8.RuneError {
		t.Fatalf("%v.BadRune(%q): offset %d is not a rune start", c, s, at)
	}
	if _, _, ok := c.BadRune(s[:at]); ok {
		t.Fatalf("%v.BadRune(%q) = %q at %d, but there is an earlier bad rune", c, s, r, at)
	}
}

func singleRune(c charclass.Class) bool {
	return c != charclass.None && c != charclass.UserPoolID && c != charclass.ARN
}

// TestParityAllRunes compares, for every Unicode scalar value, Match on the
// one-rune string with the RE2 pattern. Surrogates are skipped: Go cannot
// encode them in UTF-8 (string(rune(0xD800)) is "\uFFFD").
func TestParityAllRunes(t *testing.T) {
	for _, c := range allClasses {
		if !singleRune(c) {
			continue
		}
		re := compiled[c]
		t.Run(classNames[c], func(t *testing.T) {
			t.Parallel()
			var buf [utf8.UTFMax]byte
			bad := 0
			for r := rune(0); r <= unicode.MaxRune; r++ {
				if !utf8.ValidRune(r) {
					continue
				}
				b := utf8.AppendRune(buf[:0], r)
				want := re.Match(b)
				if got := c.Match(string(b)); got != want {
					t.Errorf("%v.Match(%q) = %v, RE2 %v", c, r, got, want)
					if bad++; bad > 20 {
						t.Fatal("too many mismatches")
					}
				}
			}
		})
	}
}
