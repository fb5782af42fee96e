package urls

import "strings"

// Start is what the known start of a URL tells when the rest is known only
// at deploy time, as in CloudFormation's Fn::Sub "https://${Domain}/cb".
// Whatever text follows, the scheme and, once the authority ends, the host
// are those the start says.
type Start struct {
	// Relative says that no text can follow to make an absolute URI: the
	// start already has a character that cannot begin a scheme, or a
	// character that no scheme has before its ':'.
	Relative bool
	// Scheme is the scheme as written, once the start has its ':'; ""
	// otherwise.
	Scheme string
	// HostKnown says that the authority has ended within the start (at a
	// '/', '?' or '#'), so that Host is the host whatever follows. It is
	// false when the start has no "//" authority, or one that may go on:
	// after "http://localhost:", text such as "x@example.com" would make
	// "localhost:x" userinfo.
	HostKnown bool
	Host      string
	// HasUserinfo says that the known host follows userinfo ("user@").
	HasUserinfo bool
}

// ReadStart reads the known start of a URL.
func ReadStart(start string) Start {
	colon := schemeEnd(start)
	if colon <= 0 {
		// No complete scheme yet: relative if a character already
		// rules one out.
		for i := 0; i < len(start); i++ {
			c := start[i]
			if !(isAlpha(c) || i > 0 && (isDigit(c) || c == '+' || c == '-' || c == '.')) {
				return Start{Relative: true}
			}
		}
		return Start{}
	}
	s := Start{Scheme: start[:colon]}
	rest := start[colon+1:]
	if !strings.HasPrefix(rest, "//") {
		return s
	}
	auth := rest[2:]
	end := strings.IndexAny(auth, "/?#")
	if at := strings.LastIndexByte(cut(auth, end), '@'); at >= 0 {
		s.HasUserinfo = true
		auth = auth[at+1:]
		end = strings.IndexAny(auth, "/?#")
	}
	if end < 0 {
		// The authority goes on into what is not known: even after a
		// ':', text such as "x@other" would make the start userinfo.
		return s
	}
	host := auth[:end]
	if strings.HasPrefix(host, "[") {
		if i := strings.IndexByte(host, ']'); i >= 0 && (i+1 == len(host) || host[i+1] == ':') {
			s.Host, s.HostKnown = host[:i+1], true
		}
		return s
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	s.Host, s.HostKnown = host, true
	return s
}

// cut returns s up to end, or all of s when end is negative.
func cut(s string, end int) string {
	if end < 0 {
		return s
	}
	return s[:end]
}

// Loopback reports whether the start's scheme is http or https and its known
// host is exactly localhost, 127.0.0.1 or [::1], without userinfo, as
// [Info.Loopback] says of a whole URL.
func (s Start) Loopback() bool {
	return s.HostKnown && Info{Scheme: s.Scheme, Host: s.Host, HasUserinfo: s.HasUserinfo}.Loopback()
}
