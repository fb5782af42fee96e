package urls

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// scanTable lists edge cases of the fast path: whether each is plain (read
// by scanPlain) and what Scan returns. Every row must also agree with
// scanGeneral, the reference.
var scanTable = []struct {
	in    string
	plain bool
	want  Summary
}{
	// Plain forms.
	{"https://app.example.com/auth/callback", true, Summary{Runes: 37, Pattern: true}},
	{"https://example.com", true, Summary{Runes: 19, Pattern: true}},
	{"https://example.com?x=1&y=2", true, Summary{Runes: 27, Pattern: true}},
	{"https://example.com/a?b/c:d", true, Summary{Runes: 27, Pattern: true}},
	{"https://a.b-c_d~e!$&'()*+,;=/p", true, Summary{Runes: 30, Pattern: true}},
	{"https://example.com/a]b", true, Summary{Runes: 23, Pattern: true}},
	// Loopback hosts and near misses.
	{"http://localhost:3000/callback", true, Summary{Runes: 30, Pattern: true, LoopbackHTTP: true}},
	{"http://localhost", true, Summary{Runes: 16, Pattern: true, LoopbackHTTP: true}},
	{"http://LocalHost/cb", true, Summary{Runes: 19, Pattern: true, LoopbackHTTP: true}},
	{"http://127.0.0.1/cb", true, Summary{Runes: 19, Pattern: true, LoopbackHTTP: true}},
	{"http://127.0.0.1:8080?x", true, Summary{Runes: 23, Pattern: true, LoopbackHTTP: true}},
	{"https://localhost/cb", true, Summary{Runes: 20, Pattern: true}},
	{"http://localhost./cb", true, Summary{Runes: 20, Problem: InsecureHTTP, Pattern: true}},
	{"http://localhostx/cb", true, Summary{Runes: 20, Problem: InsecureHTTP, Pattern: true}},
	{"http://127.0.0.01/cb", true, Summary{Runes: 20, Problem: InsecureHTTP, Pattern: true}},
	{"http://127.1/cb", true, Summary{Runes: 15, Problem: InsecureHTTP, Pattern: true}},
	{"http://localhost.example.com/cb", true, Summary{Runes: 31, Problem: InsecureHTTP, Pattern: true}},
	{"http://[::1]:3000/cb", false, Summary{Runes: 20, Pattern: true, LoopbackHTTP: true}},
	{"http://[::1/cb", false, Summary{Runes: 14, Problem: InsecureHTTP, Pattern: true}},
	{"http://[0:0:0:0:0:0:0:1]/cb", false, Summary{Runes: 27, Problem: InsecureHTTP, Pattern: true}},
	{"http://u@localhost/cb", false, Summary{Runes: 21, Problem: InsecureHTTP, Pattern: true}},
	// Ports.
	{"https://example.com:443/cb", true, Summary{Runes: 26, Pattern: true}},
	{"https://example.com:/cb", true, Summary{Runes: 23, Pattern: true}},
	{"https://example.com:65535", true, Summary{Runes: 25, Pattern: true}},
	{"https://example.com:65536/cb", true, Summary{Runes: 28, Problem: Malformed, Pattern: true}},
	{"https://example.com:0000000000000000000080/cb", true, Summary{Runes: 45, Pattern: true}},
	{"https://example.com:99999999999999999999999/cb", true, Summary{Runes: 46, Problem: Malformed, Pattern: true}},
	{"http://localhost:65536/cb", true, Summary{Runes: 25, Problem: Malformed, Pattern: true, LoopbackHTTP: true}},
	{"https://example.com:80x/cb", false, Summary{Runes: 26, Problem: Malformed, Pattern: true}},
	{"https://example.com:80:81/cb", false, Summary{Runes: 28, Problem: Malformed, Pattern: true}},
	// Empty host.
	{"https:///cb", true, Summary{Runes: 11, Problem: MissingHost, Pattern: true}},
	{"https://", true, Summary{Runes: 8, Problem: MissingHost, Pattern: true}},
	{"http:///cb", true, Summary{Runes: 10, Problem: InsecureHTTP, Pattern: true}},
	{"https://:443/cb", true, Summary{Runes: 15, Problem: MissingHost, Pattern: true}},
	{"myapp:///cb", true, Summary{Runes: 11, Pattern: true}},
	{"https:cb", false, Summary{Runes: 8, Problem: MissingHost, Pattern: true}},
	// Uppercase and odd schemes.
	{"HTTPS://EXAMPLE.COM/CB", true, Summary{Runes: 22, Pattern: true}},
	{"HTTP://LOCALHOST:3000/cb", true, Summary{Runes: 24, Pattern: true, LoopbackHTTP: true}},
	{"HtTp://example.com/cb", true, Summary{Runes: 21, Problem: InsecureHTTP, Pattern: true}},
	{"com.example.app+x-y://cb", true, Summary{Runes: 24, Pattern: true}},
	{"myapp:callback", false, Summary{Runes: 14, Pattern: true}},
	{"localhost:3000/cb", false, Summary{Runes: 17, Pattern: true}},
	{"1https://example.com/cb", false, Summary{Runes: 23, Problem: NotAbsolute, Pattern: true}},
	// Dangerous schemes.
	{"javascript:alert(1)", false, Summary{Runes: 19, Pattern: true, Dangerous: true}},
	{"JavaScript://%0aalert(1)", false, Summary{Runes: 24, Problem: Malformed, Pattern: true, Dangerous: true}},
	{"javascript://example.com/x", true, Summary{Runes: 26, Pattern: true, Dangerous: true}},
	{"file:///etc/passwd", true, Summary{Runes: 18, Pattern: true, Dangerous: true}},
	{"DATA://x", true, Summary{Runes: 8, Pattern: true, Dangerous: true}},
	{"vbscript://x", true, Summary{Runes: 12, Pattern: true, Dangerous: true}},
	// Characters outside the safe set go to the general parser.
	{"https://example.com/cb#", false, Summary{Runes: 23, Problem: Fragment, Pattern: true}},
	{"https://example.com/a%20b", false, Summary{Runes: 25, Pattern: true}},
	{"https://example.com/a%2", false, Summary{Runes: 23, Problem: Malformed, Pattern: true}},
	{"https://example.com\\@evil/cb", false, Summary{Runes: 28, Problem: Malformed, Pattern: true}},
	{"https://example.com/a b", false, Summary{Problem: Malformed}},
	{"https://example.com/a\x7f", false, Summary{Problem: Malformed}},
	{"https://example.com/\x00", false, Summary{Problem: Malformed}},
	{"https://bücher.example/cb", false, Summary{Runes: 25, Pattern: true}},
	{"https://example.com/\xff", false, Summary{Problem: Malformed}},
	{"https://example.com/\u00a0", false, Summary{Problem: Malformed}},
	{"https://example.com/cb?x=[1]", false, Summary{Runes: 28, Pattern: true}},
	// The eight-byte steps of span stop at the right byte.
	{"https://abcdefghijklmnopqrstuvwxyz@evil/cb", false, Summary{Runes: 42, Pattern: true}},
	{"https://abcdefghijklmnop:8080/abcdefghijklmnopqrstuvw#", false, Summary{Runes: 54, Problem: Fragment, Pattern: true}},
	{"https://abcdefghijklmnop/abcdefgh\\", false, Summary{Runes: 34, Problem: Malformed, Pattern: true}},
	{"https://abcdefghijklmnop/abcdefghijklmnop", true, Summary{Runes: 41, Pattern: true}},
	{"http://localhost/abcdefghijklmnopq\\x", false, Summary{Runes: 36, Problem: Malformed, Pattern: true, LoopbackHTTP: true}},
	{"", false, Summary{Problem: NotAbsolute}},
	{"h", false, Summary{Runes: 1, Problem: NotAbsolute, Pattern: true}},
	{"https:/", false, Summary{Runes: 7, Problem: MissingHost, Pattern: true}},
}

func TestScanTable(t *testing.T) {
	for _, tc := range scanTable {
		if _, plain := scanPlain(tc.in); plain != tc.plain {
			t.Errorf("scanPlain(%q) took the fast path: %v, want %v", tc.in, plain, tc.plain)
		}
		if diff := cmp.Diff(tc.want, Scan(tc.in)); diff != "" {
			t.Errorf("Scan(%q) (-want +got):\n%s", tc.in, diff)
		}
		checkScan(t, tc.in)
	}
}

// checkScan checks that the fast path, when it takes s, says what the
// general path says, and that the general path says what Redirect and a
// plain count say.
func checkScan(t *testing.T, s string) {
	t.Helper()
	general := scanGeneral(s)
	if plain, ok := scanPlain(s); ok {
		if diff := cmp.Diff(general, plain); diff != "" {
			t.Fatalf("%q: scanPlain differs from scanGeneral (-general +plain):\n%s", s, diff)
		}
	}
	if got := Scan(s); got != general {
		t.Fatalf("%q: Scan = %+v, scanGeneral = %+v", s, got, general)
	}
	info, problem := Redirect(s)
	if general.Problem != problem || general.LoopbackHTTP != (info.HTTP() && info.Loopback()) || general.Dangerous != info.Dangerous() {
		t.Fatalf("%q: scanGeneral = %+v, Redirect = %+v, %v", s, general, info, problem)
	}
	if general.Pattern && general.Runes != utf8.RuneCountInString(s) {
		t.Fatalf("%q: Runes = %d, want %d", s, general.Runes, utf8.RuneCountInString(s))
	}
}

// FuzzScanPlain is the differential fuzz target of the fast path: on every
// input it takes, it must agree with the general parser and pattern scanner.
func FuzzScanPlain(f *testing.F) {
	for _, tc := range scanTable {
		f.Add(tc.in)
	}
	f.Add("http://localhost:3000/callback?code=abc&state=xyz")
	f.Add("https://[::1]/cb")
	f.Fuzz(func(t *testing.T, s string) {
		checkScan(t, s)
		// Uppercased and truncated variants reach the loopback and port
		// edges more often.
		checkScan(t, strings.ToUpper(s))
		for i := range len(s) {
			checkScan(t, s[:i])
		}
	})
}

func TestScanZeroAllocs(t *testing.T) {
	var sink int
	allocs := testing.AllocsPerRun(100, func() {
		for _, tc := range scanTable {
			sink += Scan(tc.in).Runes
		}
	})
	if allocs != 0 {
		t.Errorf("Scan allocates %v times per run; want 0", allocs)
	}
	_ = sink
}

func BenchmarkScan(b *testing.B) {
	inputs := []string{
		"https://app.example.com/auth/callback",
		"http://localhost:3000/callback",
		"https://staging.app.example.com/auth/callback?x=1",
		"com.example.app:/oauth2redirect",
	}
	for b.Loop() {
		for _, s := range inputs {
			Scan(s)
		}
	}
}
