package pathname_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/internal/pathname"
)

func TestMember(t *testing.T) {
	for _, tt := range []struct {
		name string
		odd  bool
		want string
	}{
		{"CallbackUrls", false, "CallbackUrls"},
		{"CallbackUrls", true, `"CallbackUrls"`},
		{"", false, `""`},
		{"a\tb", false, `"a\tb"`},
		{"a\xffb", false, `"a\xffb"`},
		{strings.Repeat("n", 128), false, strings.Repeat("n", 128)},
		{strings.Repeat("n", 129), false, `"` + strings.Repeat("n", 64) + `"…`},
	} {
		if got := pathname.Member(tt.name, tt.odd); got != tt.want {
			t.Errorf("Member(%q, %v) = %q, want %q", tt.name, tt.odd, got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	if got, want := pathname.Quote(strings.Repeat("é", 65)), `"`+strings.Repeat("é", 64)+`"…`; got != want {
		t.Errorf("Quote cuts to %q, want %q", got, want)
	}
	if got, want := pathname.Quote(`a"b`), `"a\"b"`; got != want {
		t.Errorf("Quote = %q, want %q", got, want)
	}
}

// TestQuoteEscapesWhatForgesOutput: a quoted value can never start a new
// output line, reorder the text around it (bidi controls, Trojan Source) or
// drive a terminal (ESC), however it is cut.
func TestQuoteEscapesWhatForgesOutput(t *testing.T) {
	hostile := []rune{'\n', '\r', '\x00', '\x1b', '\x7f', '\u0085', '\u2028', '\u2029',
		'\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069', '\ufeff'}
	for _, r := range hostile {
		for _, v := range []string{string(r), "a" + string(r) + "b", strings.Repeat("x", 63) + string(r) + "y"} {
			got := pathname.Quote(v)
			if strings.ContainsRune(got, r) {
				t.Errorf("Quote(%+q) = %+q: U+%04X is not escaped", v, got, r)
			}
		}
	}
}

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"testdata/a.json":     "testdata/a.json",
		"dir with space.json": "dir with space.json",
		"a\nb.json":           `"a\nb.json"`,
		"evil\u202egnp.json":  `"evil\u202egnp.json"`,
		"\x1b[31mred":         `"\x1b[31mred"`,
		"":                    `""`,
	} {
		if got := pathname.Text(in); got != want {
			t.Errorf("Text(%q) = %s; want %s", in, got, want)
		}
	}
}

func TestLine(t *testing.T) {
	for in, want := range map[string]string{
		"Callbackurls is not a property": "Callbackurls is not a property",
		"Callback\nUrls is not":          `Callback\nUrls is not`,
		"a\r\nb":                         `a\r\nb`,
		"evil\u202egnp":                  `evil\u202egnp`,
		"\x1b[31mred":                    `\x1b[31mred`,
		"bad \xff byte, é kept":          `bad \xff byte, é kept`,
		"":                               "",
	} {
		got := pathname.Line(in)
		if got != want {
			t.Errorf("Line(%q) = %s; want %s", in, got, want)
		}
		if strings.ContainsAny(got, "\n\r\u202e\x1b") {
			t.Errorf("Line(%q) = %q keeps a character that forges output", in, got)
		}
	}
}

func TestJSON(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"a":"plain ü 😀"}`, `{"a":"plain ü 😀"}`},
		{"{\n  \"a\": \"x\u0085y\"\n}", "{\n  \"a\": \"x\\u0085y\"\n}"},
		{"[\"\u202e\u2066\u200f\u061c\"]", `["\u202e\u2066\u200f\u061c"]`},
		{"\"\u2028\u2029\u00a0\x7f\"", `"\u2028\u2029\u00a0\u007f"`},
		{"\"\U000E0041\"", `"\udb40\udc41"`},
		{"\"\xff\"", `"\ufffd"`},
	} {
		if got := string(pathname.JSON([]byte(tt.in))); got != tt.want {
			t.Errorf("JSON(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPropJSONKeepsTheValue: whatever encoding/json writes, JSON keeps its
// value and leaves no character that is not printable but for the JSON
// layout's own ASCII.
func TestPropJSONKeepsTheValue(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SliceOf(rapid.String()).Draw(t, "v")
		data, err := json.MarshalIndent(map[string][]string{"k": v}, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got := pathname.JSON(data)
		var back map[string][]string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatalf("%s: %v", got, err)
		}
		var want map[string][]string
		_ = json.Unmarshal(data, &want)
		if !slices.Equal(back["k"], want["k"]) {
			t.Fatalf("value changed: %q, want %q", back["k"], want["k"])
		}
		for _, r := range string(got) {
			if r != '\n' && !strconv.IsPrint(r) {
				t.Fatalf("%q left in %s", r, got)
			}
		}
	})
}
