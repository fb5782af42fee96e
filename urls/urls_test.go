package urls_test

import (
	"net/netip"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/urls"
)

// verdict is what the security table compares.
type verdict struct {
	Problem   urls.Problem
	Host      string
	Loopback  bool
	Dangerous bool
}

// securityTable lists the redirect URLs whose verdicts are decisions, not just
// RFC 3986 facts. Each row's comment says why. The decisions:
//
//   - Order: NotAbsolute, Fragment, InsecureHTTP, MissingHost, Malformed; the
//     first one found wins. A plain-HTTP URL that is not exactly loopback is
//     InsecureHTTP even when it is also malformed (backslash rows) or has no
//     host ("http:///cb").
//   - Loopback is decided on the parsed host only, byte-exact: "localhost"
//     (ASCII case-insensitive, since DNS names are), "127.0.0.1", "[::1]".
//     Every other spelling of a loopback address is a remote host, because
//     AWS names exactly those three and parsers disagree about the rest.
//   - Userinfo turns loopback off: "http://a@localhost" is InsecureHTTP. The
//     exception covers exactly http://localhost[:port]; userinfo before a
//     loopback name is the confusion vector of "http://evil.example\@localhost".
//   - Empty port ("localhost:") is allowed (RFC 3986 port = *DIGIT); a port
//     above 65535 is Malformed.
//   - A backslash anywhere is Malformed (browsers read it as '/').
//   - Any percent-encoding in a host name is Malformed (browsers decode it).
//   - IPv6 zone identifiers and IPvFuture literals are Malformed (browsers
//     reject them); other valid IPv6 literals are fine over HTTPS.
//   - Non-ASCII host names are allowed: the model pattern allows Unicode
//     letters. Characters outside that pattern (space, controls, Unicode
//     separators) and invalid UTF-8 are Malformed.
//   - Userinfo on HTTPS is not a problem here (HasUserinfo lets client warn).
//   - "localhost:3000/cb" is, per RFC 3986, an absolute URI with scheme
//     "localhost": an app scheme, so OK.
var securityTable = []struct {
	in   string
	want verdict
}{
	// Plain accepted forms.
	{"https://example.com/cb", verdict{urls.OK, "example.com", false, false}},
	{"https://example.com:8443/cb?x=1&y=%2F", verdict{urls.OK, "example.com", false, false}},
	{"http://localhost:8080/callback", verdict{urls.OK, "localhost", true, false}},
	{"http://127.0.0.1/cb", verdict{urls.OK, "127.0.0.1", true, false}},
	{"http://[::1]:3000/cb", verdict{urls.OK, "[::1]", true, false}},
	// Scheme and "localhost" are case-insensitive.
	{"HTTP://LOCALHOST:3000/cb", verdict{urls.OK, "LOCALHOST", true, false}},
	// Empty port is valid RFC 3986 (port = *DIGIT) and means the default port.
	{"http://localhost:/cb", verdict{urls.OK, "localhost", true, false}},
	// HTTPS to loopback is fine; Loopback is true so client can warn.
	{"https://[::1]:8443/cb", verdict{urls.OK, "[::1]", true, false}},
	// App schemes.
	{"myapp://callback", verdict{urls.OK, "callback", false, false}},
	{"com.example.app:/oauth2redirect", verdict{urls.OK, "", false, false}},
	{"myapp:cb", verdict{urls.OK, "", false, false}},
	// RFC 3986 reads this as scheme "localhost", an app scheme.
	{"localhost:3000/cb", verdict{urls.OK, "", false, false}},
	// IDN: punycode, and raw Unicode letters (allowed by the model pattern).
	{"https://xn--bcher-kva.example/cb", verdict{urls.OK, "xn--bcher-kva.example", false, false}},
	{"https://bücher.example/cb", verdict{urls.OK, "bücher.example", false, false}},
	// Dangerous schemes are absolute app schemes: OK here, client warns.
	{"javascript:alert(1)", verdict{urls.OK, "", false, true}},
	{"JavaScript:alert(1)", verdict{urls.OK, "", false, true}},
	{"data:text/html,<script>alert(1)</script>", verdict{urls.OK, "", false, true}},
	{"file:///etc/passwd", verdict{urls.OK, "", false, true}},
	{"vbscript:msgbox", verdict{urls.OK, "", false, true}},
	// IPv4-mapped over HTTPS is a valid literal; not loopback (not exact).
	{"https://[::ffff:127.0.0.1]/cb", verdict{urls.OK, "[::ffff:127.0.0.1]", false, false}},
	// Userinfo over HTTPS is not a problem by itself; the host is after the last '@'.
	{"https://good.example@evil.example/cb", verdict{urls.OK, "evil.example", false, false}},
	{"https://good.example%2F@evil.example/", verdict{urls.OK, "evil.example", false, false}},

	// Not absolute.
	{"", verdict{urls.NotAbsolute, "", false, false}},
	{"/cb", verdict{urls.NotAbsolute, "", false, false}},
	{"example.com/cb", verdict{urls.NotAbsolute, "", false, false}},
	{"://x", verdict{urls.NotAbsolute, "", false, false}},
	{"1http://x", verdict{urls.NotAbsolute, "", false, false}},
	// Scheme-relative: no scheme.
	{"//evil.example/cb", verdict{urls.NotAbsolute, "", false, false}},

	// Fragments, including an empty one.
	{"https://good.example/cb#", verdict{urls.Fragment, "good.example", false, false}},
	// The host is evil.example; "@good.example" is only the fragment.
	{"https://evil.example#@good.example", verdict{urls.Fragment, "evil.example", false, false}},
	{"http://localhost/#x", verdict{urls.Fragment, "localhost", true, false}},

	// Plain HTTP to a remote host.
	{"http://example.com/cb", verdict{urls.InsecureHTTP, "example.com", false, false}},
	// A subdomain of a name is not the name.
	{"http://localhost.evil.example", verdict{urls.InsecureHTTP, "localhost.evil.example", false, false}},
	// "localhost" is userinfo; the host is evil.example.
	{"http://localhost@evil.example", verdict{urls.InsecureHTTP, "evil.example", false, false}},
	// "localhost" is in the path.
	{"http://evil.example/localhost", verdict{urls.InsecureHTTP, "evil.example", false, false}},
	// "localhost" is in the query.
	{"http://evil.example?x=localhost", verdict{urls.InsecureHTTP, "evil.example", false, false}},
	// Another loopback-range address, not the named 127.0.0.1.
	{"http://127.0.0.2", verdict{urls.InsecureHTTP, "127.0.0.2", false, false}},
	// Short, integer, hex and octal IPv4 spellings: browsers resolve them to
	// 127.0.0.1, but AWS names only the exact dotted-quad.
	{"http://127.1", verdict{urls.InsecureHTTP, "127.1", false, false}},
	{"http://2130706433", verdict{urls.InsecureHTTP, "2130706433", false, false}},
	{"http://0x7f.0.0.1", verdict{urls.InsecureHTTP, "0x7f.0.0.1", false, false}},
	{"http://0177.0.0.1", verdict{urls.InsecureHTTP, "0177.0.0.1", false, false}},
	// A percent-encoded host is not the literal name.
	{"http://%6cocalhost", verdict{urls.InsecureHTTP, "%6cocalhost", false, false}},
	// NUL-truncation trick.
	{"http://localhost%00.evil.example", verdict{urls.InsecureHTTP, "localhost%00.evil.example", false, false}},
	// IPv4-mapped and long-form IPv6 are not the exact "[::1]".
	{"http://[::ffff:127.0.0.1]", verdict{urls.InsecureHTTP, "[::ffff:127.0.0.1]", false, false}},
	{"http://[0:0:0:0:0:0:0:1]", verdict{urls.InsecureHTTP, "[0:0:0:0:0:0:0:1]", false, false}},
	// A zone identifier is not the exact "[::1]" either.
	{"http://[::1%25lo]/", verdict{urls.InsecureHTTP, "[::1%25lo]", false, false}},
	// Trailing dot: a different string, and a fully qualified name.
	{"http://localhost.", verdict{urls.InsecureHTTP, "localhost.", false, false}},
	// Browsers read '\' as '/', so this goes to evil.example; we see userinfo.
	{"http://evil.example\\@localhost", verdict{urls.InsecureHTTP, "localhost", false, false}},
	// No "//", so no authority and no host.
	{"http:\\\\localhost", verdict{urls.InsecureHTTP, "", false, false}},
	{"http:/\\localhost", verdict{urls.InsecureHTTP, "", false, false}},
	// The backslash is part of the host string.
	{"http://localhost\\.evil.example", verdict{urls.InsecureHTTP, "localhost\\.evil.example", false, false}},
	// "localhost:80" is userinfo.
	{"http://localhost:80@evil.example", verdict{urls.InsecureHTTP, "evil.example", false, false}},
	// Host is localhost, but userinfo turns the exception off (decision).
	{"http://a@localhost", verdict{urls.InsecureHTTP, "localhost", false, false}},
	// U+017F folds to 's' under Unicode case folding; we fold ASCII only.
	{"http://localhoſt", verdict{urls.InsecureHTTP, "localhoſt", false, false}},
	// No host at all: InsecureHTTP comes before MissingHost.
	{"http:///cb", verdict{urls.InsecureHTTP, "", false, false}},

	// HTTPS without a host.
	{"https:///cb", verdict{urls.MissingHost, "", false, false}},
	{"https:cb", verdict{urls.MissingHost, "", false, false}},
	{"https://:443/cb", verdict{urls.MissingHost, "", false, false}},
	// No "//": MissingHost comes before Malformed.
	{"https:\\\\good.example", verdict{urls.MissingHost, "", false, false}},

	// Malformed.
	// Loopback host, but the port is out of range.
	{"http://localhost:99999", verdict{urls.Malformed, "localhost", true, false}},
	{"https://good.example:8o80/", verdict{urls.Malformed, "good.example", false, false}},
	{"https://good.example:80:80/", verdict{urls.Malformed, "good.example", false, false}},
	// Backslashes anywhere.
	{"https://good.example\\@evil.example/cb", verdict{urls.Malformed, "evil.example", false, false}},
	{"https://good.example/a\\b", verdict{urls.Malformed, "good.example", false, false}},
	{"http://localhost:8080\\evil.example", verdict{urls.Malformed, "localhost", true, false}},
	// Two '@': ambiguous authority.
	{"https://a@b@good.example/", verdict{urls.Malformed, "good.example", false, false}},
	// Percent-encoding in a host, even of an ordinary letter.
	{"https://%6cocalhost/", verdict{urls.Malformed, "%6cocalhost", false, false}},
	// Bad percent-encoding.
	{"https://good.example/%zz", verdict{urls.Malformed, "good.example", false, false}},
	{"https://good.example/%4", verdict{urls.Malformed, "good.example", false, false}},
	// Whitespace, controls, separators, invalid UTF-8.
	{"https://good.example/c b", verdict{urls.Malformed, "good.example", false, false}},
	{"https://good.example/cb\n", verdict{urls.Malformed, "good.example", false, false}},
	{"https://good.example/\tcb", verdict{urls.Malformed, "good.example", false, false}},
	{"https://good.example\x00.evil.example/", verdict{urls.Malformed, "good.example\x00.evil.example", false, false}},
	{"https://good.example/\u00a0", verdict{urls.Malformed, "good.example", false, false}},
	{"https://good.example/\u2028", verdict{urls.Malformed, "good.example", false, false}},
	{"https://good.example/\x7f", verdict{urls.Malformed, "good.example", false, false}},
	{"https://good.example/\xff", verdict{urls.Malformed, "good.example", false, false}},
	// Host characters outside reg-name.
	{"https://good.example<x>/", verdict{urls.Malformed, "good.example<x>", false, false}},
	// Bad IPv6 literals.
	{"https://[::1/cb", verdict{urls.Malformed, "[::1", false, false}},
	{"https://[::1]x/", verdict{urls.Malformed, "[::1]x", false, false}},
	{"https://[::1::2]/", verdict{urls.Malformed, "[::1::2]", false, false}},
	{"https://[1:2:3:4:5:6:7:8:9]/", verdict{urls.Malformed, "[1:2:3:4:5:6:7:8:9]", false, false}},
	{"https://[127.0.0.1]/", verdict{urls.Malformed, "[127.0.0.1]", false, false}},
	{"https://[::ffff:127.0.0.01]/", verdict{urls.Malformed, "[::ffff:127.0.0.01]", false, false}},
	// IPvFuture: no browser supports it.
	{"https://[v1.fe]/", verdict{urls.Malformed, "[v1.fe]", false, false}},
	// Zone identifier: browsers reject it, so the redirect cannot be followed.
	{"https://[fe80::1%25en0]/", verdict{urls.Malformed, "[fe80::1%25en0]", false, false}},
}

func TestSecurityTable(t *testing.T) {
	for _, tc := range securityTable {
		info, p := urls.Redirect(tc.in)
		got := verdict{p, info.Host, info.Loopback(), info.Dangerous()}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Redirect(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestParseNotAbsolute(t *testing.T) {
	for _, s := range []string{"", "/cb", "example.com/cb", "://x", "1http://x", "//evil.example/cb", ":", "a b:c", "-x:y", "é:x"} {
		if info, ok := urls.Parse(s); ok || info != (urls.Info{}) {
			t.Errorf("Parse(%q) = %+v, %v; want zero Info, false", s, info, ok)
		}
	}
}

func TestParseFields(t *testing.T) {
	got, ok := urls.Parse("HTTPS://u:p@[::1]:8443/a/b?q=1#f")
	want := urls.Info{
		Scheme: "HTTPS", Authority: "u:p@[::1]:8443", Host: "[::1]", Port: "8443",
		HasAuthority: true, HasUserinfo: true, HasFragment: true, HasQuery: true,
	}
	if !ok {
		t.Fatal("Parse returned false")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
}

func TestSchemeClasses(t *testing.T) {
	type classes struct{ HTTPS, HTTP, AppScheme, Dangerous bool }
	for _, tc := range []struct {
		in   string
		want classes
	}{
		{"https://a/", classes{HTTPS: true}},
		{"HtTpS://a/", classes{HTTPS: true}},
		{"https:///cb", classes{}}, // HTTPS needs a host
		{"http://a/", classes{HTTP: true}},
		{"HTTP:cb", classes{HTTP: true}},
		{"myapp://cb", classes{AppScheme: true}},
		{"https+x://a", classes{AppScheme: true}},
		{"javascript:x", classes{AppScheme: true, Dangerous: true}},
		{"DATA:x", classes{AppScheme: true, Dangerous: true}},
		{"file:x", classes{AppScheme: true, Dangerous: true}},
		{"vbScript:x", classes{AppScheme: true, Dangerous: true}},
		{"javascripts:x", classes{AppScheme: true}},
	} {
		i, _ := urls.Parse(tc.in)
		got := classes{i.HTTPS(), i.HTTP(), i.AppScheme(), i.Dangerous()}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Parse(%q) classes mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestProblemString(t *testing.T) {
	for p := urls.OK; p <= urls.Malformed; p++ {
		s := p.String()
		if s == "" || strings.ToLower(s[:1]) != s[:1] {
			t.Errorf("Problem(%d).String() = %q; want a lowercase phrase", p, s)
		}
	}
	if got, want := urls.Problem(6).String(), "Problem(6)"; got != want {
		t.Errorf("Problem(6).String() = %q; want %q", got, want)
	}
	if got, want := urls.Fragment.String(), "must not include a fragment (#)"; got != want {
		t.Errorf("Fragment.String() = %q; want %q", got, want)
	}
}

// reporter is what *testing.T and *rapid.T have in common here.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// checkAgainstNetURL reports where net/url disagrees with Parse on a URL
// that Parse accepted (and, when ok is true, Redirect called OK).
func checkAgainstNetURL(t reporter, s string, info urls.Info, ok bool) {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		if ok {
			t.Errorf("Redirect(%q) = OK but url.Parse fails: %v", s, err)
		}
		return
	}
	if got, want := strings.ToLower(info.Scheme), u.Scheme; got != want {
		t.Errorf("%q: scheme %q, net/url %q", s, got, want)
	}
	host := strings.TrimSuffix(strings.TrimPrefix(info.Host, "["), "]")
	if unesc, err := url.PathUnescape(host); err == nil {
		host = unesc
	}
	if host != u.Hostname() || info.Port != u.Port() {
		t.Errorf("%q: host %q port %q, net/url host %q (Hostname %q, Port %q)", s, info.Host, info.Port, u.Host, u.Hostname(), u.Port())
	}
	if u.Fragment != "" && !info.HasFragment || ok && (u.Fragment != "" || info.HasFragment) {
		t.Errorf("%q: HasFragment %v, net/url fragment %q", s, info.HasFragment, u.Fragment)
	}
	if info.HasUserinfo != (u.User != nil) {
		t.Errorf("%q: HasUserinfo %v, net/url User %v", s, info.HasUserinfo, u.User)
	}
}

func TestCrossCheckNetURL(t *testing.T) {
	corpus := []string{
		"https://example.com", "https://example.com/", "https://example.com/cb?x=1",
		"https://example.com:443/a/b/c", "https://EXAMPLE.com/cb", "HTTPS://example.com/cb",
		"http://localhost:8080/callback", "http://127.0.0.1:3000", "http://[::1]/cb",
		"https://[2001:db8::1]:8443/cb", "https://[::ffff:192.0.2.1]/", "https://[::]/",
		"https://u:p@example.com/cb", "https://user@example.com",
		"https://example.com/cb#frag", "https://example.com#a", "myapp://callback#x",
		"myapp://callback", "myapp://host:1234/path", "com.example.app:/oauth2redirect", "myapp:cb",
		"https://xn--bcher-kva.example/cb", "https://bücher.example/cb", "https://example.com/ü?ä=ö",
		"https://example.com/a%20b", "https://a-b.c_d~e.example/", "https://example.com:/",
		"https://host!$&'()*+,;=.example/", "file:///etc/passwd", "javascript:alert(1)",
	}
	for _, s := range corpus {
		info, ok := urls.Parse(s)
		if !ok {
			t.Errorf("Parse(%q) not absolute", s)
			continue
		}
		_, p := urls.Redirect(s)
		checkAgainstNetURL(t, s, info, p == urls.OK)
	}
}

// Generators for the property tests.
var (
	genLabel = rapid.StringMatching(`[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?`)
	genHost  = rapid.Custom(func(t *rapid.T) string {
		return strings.Join(rapid.SliceOfN(genLabel, 1, 4).Draw(t, "labels"), ".")
	})
	genPort  = rapid.OneOf(rapid.Just(""), rapid.Map(rapid.IntRange(0, 65535), func(n int) string { return ":" + itoa(n) }))
	genPath  = rapid.StringMatching(`(/([A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-F]{2})*){0,4}`)
	genQuery = rapid.OneOf(rapid.Just(""), rapid.StringMatching(`\?([A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9a-f]{2})*`))
	genFrag  = rapid.StringMatching(`([A-Za-z0-9._~!$&'()*+,;=:@/?#-]|%[0-9a-f]{2})*`)
)

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func genHTTPS(t *rapid.T) (s, host, port string) {
	host = genHost.Draw(t, "host")
	port = genPort.Draw(t, "port")
	s = "https://" + host + port + genPath.Draw(t, "path") + genQuery.Draw(t, "query")
	return s, host, strings.TrimPrefix(port, ":")
}

func TestPropertyHTTPSIsOK(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s, host, port := genHTTPS(t)
		info, p := urls.Redirect(s)
		if p != urls.OK || info.Host != host || info.Port != port || !info.HTTPS() {
			t.Fatalf("Redirect(%q) = %+v, %v; want OK with host %q port %q", s, info, p, host, port)
		}
		checkAgainstNetURL(t, s, info, true)
	})
}

func TestPropertyFragment(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s, _, _ := genHTTPS(t)
		s += "#" + genFrag.Draw(t, "fragment")
		if _, p := urls.Redirect(s); p != urls.Fragment {
			t.Fatalf("Redirect(%q) = %v; want Fragment", s, p)
		}
	})
}

func TestPropertyInsecureHTTP(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s, host, _ := genHTTPS(t)
		if strings.EqualFold(host, "localhost") || host == "127.0.0.1" {
			t.Skip("loopback host")
		}
		s = "http" + strings.TrimPrefix(s, "https")
		if _, p := urls.Redirect(s); p != urls.InsecureHTTP {
			t.Fatalf("Redirect(%q) = %v; want InsecureHTTP", s, p)
		}
	})
}

func TestPropertyIPv6Literals(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var b [16]byte
		copy(b[:], rapid.SliceOfN(rapid.Byte(), 16, 16).Draw(t, "addr"))
		// Many zero bytes, so "::" compression shows up often.
		for i := range b {
			if rapid.Bool().Draw(t, "zero") {
				b[i] = 0
			}
		}
		a := netip.AddrFrom16(b)
		for _, lit := range []string{a.String(), a.StringExpanded(), strings.ToUpper(a.String())} {
			s := "https://[" + lit + "]:443/cb"
			if info, p := urls.Redirect(s); p != urls.OK || info.Host != "["+lit+"]" {
				t.Fatalf("Redirect(%q) = %+v, %v; want OK", s, info, p)
			}
		}
	})
}

func TestPropertyNeverPanics(t *testing.T) {
	// Mostly URL-ish bytes, so the generator reaches deep into the parser.
	urlish := rapid.StringOfN(rapid.SampledFrom([]rune("hHtTpPsS:/\\@[]?#%.:0123456789abcdefABCDEFlocahvx-+_~ \x00\x7féſ\u00a0")), 0, 40, -1)
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), urlish, rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) })).Draw(t, "s")
		checkConsistent(t, s)
	})
}

// checkConsistent holds for every input.
func checkConsistent(t reporter, s string) {
	t.Helper()
	info, ok := urls.Parse(s)
	rinfo, p := urls.Redirect(s)
	_ = p.String()
	_, _, _, _, _ = info.HTTPS(), info.HTTP(), info.Loopback(), info.Dangerous(), info.AppScheme()
	if rinfo != info {
		t.Fatalf("%q: Parse Info %+v, Redirect Info %+v", s, info, rinfo)
	}
	if ok == (p == urls.NotAbsolute) {
		t.Fatalf("%q: Parse ok %v, Redirect %v", s, ok, p)
	}
	if p > urls.Malformed {
		t.Fatalf("%q: unknown problem %d", s, p)
	}
	if info.Loopback() && !(strings.EqualFold(info.Host, "localhost") && len(info.Host) == 9 || info.Host == "127.0.0.1" || info.Host == "[::1]") {
		t.Fatalf("%q: Loopback with host %q", s, info.Host)
	}
	if p == urls.OK && info.HTTP() && !info.Loopback() {
		t.Fatalf("%q: OK plain HTTP to %q", s, info.Host)
	}
	if ok && !strings.Contains(s, info.Scheme+":") {
		t.Fatalf("%q: scheme %q not a prefix", s, info.Scheme)
	}
	if p == urls.OK {
		checkAgainstNetURL(t, s, info, true)
	}
}

func FuzzRedirect(f *testing.F) {
	for _, tc := range securityTable {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkConsistent(t, s)
	})
}

func TestZeroAllocs(t *testing.T) {
	inputs := []string{
		"https://example.com/cb", "https://example.com:8443/cb?x=1", "http://localhost:8080/callback",
		"http://[::1]:3000/cb", "https://[::ffff:127.0.0.1]/cb", "myapp://callback",
		"com.example.app:/oauth2redirect", "https://bücher.example/cb", "https://u@example.com/a%20b",
	}
	for _, tc := range securityTable {
		inputs = append(inputs, tc.in)
	}
	var sink urls.Problem
	allocs := testing.AllocsPerRun(100, func() {
		for _, s := range inputs {
			info, p := urls.Redirect(s)
			if info.Loopback() || info.Dangerous() || info.AppScheme() || info.HTTPS() {
				p++
			}
			sink += p
		}
	})
	if allocs != 0 {
		t.Errorf("Redirect allocates %v times per run; want 0", allocs)
	}
	_ = sink
}

func BenchmarkRedirect(b *testing.B) {
	inputs := []string{
		"https://example.com/oauth2/callback?state=abc",
		"http://localhost:8080/callback",
		"https://[2001:db8::1]:8443/cb",
		"com.example.app:/oauth2redirect",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			urls.Redirect(s)
		}
	}
}
