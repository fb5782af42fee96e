package client

import (
	"strings"

	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/urls"
)

// Rule IDs of the urls family: CallbackURLs, DefaultRedirectURI and
// LogoutURLs.
const (
	RuleURLsAbsolute           RuleID = "urls.absolute"
	RuleURLsFragment           RuleID = "urls.fragment"
	RuleURLsHTTPS              RuleID = "urls.https"
	RuleURLsDefaultInCallbacks RuleID = "urls.default-in-callbacks"
	RuleURLsLoopbackHTTP       RuleID = "urls.loopback-http"
	RuleURLsDangerousScheme    RuleID = "urls.dangerous-scheme"
	RuleURLsMalformed          RuleID = "urls.malformed"
	RuleURLsLogout             RuleID = "urls.logout"
)

// redirectMembers are the members whose URLs the redirect URL rules read.
var redirectMembers = []string{"CallbackURLs", "DefaultRedirectURI"}

// urlsRules is the urls family, in catalogue order. The rules share one
// parse of each URL (see redirects).
var urlsRules = []Rule{
	{
		ID: RuleURLsAbsolute, Severity: Error,
		Doc:       "CallbackURLs and DefaultRedirectURI must be absolute URIs with a scheme (CreateUserPoolClient, CallbackURLs; RFC 6749 §3.1.2).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   redirectMembers,
		itemwise:  true,
		check: func(p *pass) {
			p.redirectFinding(urls.NotAbsolute, false, "must be an absolute URI with a scheme, such as https://app.example.com/callback or myapp://callback")
		},
	},
	{
		ID: RuleURLsFragment, Severity: Error,
		Doc:       "CallbackURLs and DefaultRedirectURI must not include a fragment, not even an empty one (CreateUserPoolClient, CallbackURLs; RFC 6749 §3.1.2).",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   redirectMembers,
		itemwise:  true,
		check: func(p *pass) {
			p.redirectFinding(urls.Fragment, false, "must not include a fragment (#), not even an empty one")
		},
	},
	{
		ID: RuleURLsHTTPS, Severity: Error,
		Doc:       "CallbackURLs and DefaultRedirectURI must use HTTPS, except plain HTTP to exactly localhost, 127.0.0.1 or [::1]; app schemes such as myapp:// are allowed (CreateUserPoolClient, CallbackURLs).",
		Source:    srcCreate,
		Exception: "InvalidParameterException (cannot use the HTTP protocol)",
		Members:   redirectMembers,
		itemwise:  true,
		check: func(p *pass) {
			p.redirectFinding(urls.InsecureHTTP, false, "must use HTTPS: plain HTTP is allowed only to exactly localhost, 127.0.0.1 or [::1]")
		},
	},
	{
		ID: RuleURLsDefaultInCallbacks, Severity: Error,
		Doc:       "DefaultRedirectURI must equal one of CallbackURLs exactly, without case folding or normalization (CreateUserPoolClient, DefaultRedirectURI: \"Must be in the CallbackURLs list\").",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   redirectMembers,
		check: func(p *pass) {
			if p.DefaultRedirectURI != nil && p.parseRedirects().defaultIndex < 0 {
				p.report("DefaultRedirectURI", "must be one of CallbackURLs, exactly as written (no case folding or normalization)")
			}
		},
	},
	{
		ID: RuleURLsLoopbackHTTP, Severity: Warning,
		Doc:       "Warning, as AWS accepts it: plain-HTTP loopback callbacks are for local testing, not production (CreateUserPoolClient, CallbackURLs; RFC 8252 §7.3).",
		Source:    srcCreate,
		Exception: "none (accepted)",
		Members:   redirectMembers,
		itemwise:  true,
		check: func(p *pass) {
			p.redirectFinding(urls.OK, true, "uses plain HTTP to a loopback address: fine for local testing, not for production")
		},
	},
	{
		ID: RuleURLsDangerousScheme, Severity: Warning,
		Doc:       "Warning, as the model allows any scheme: javascript:, data:, file: and vbscript: redirect targets run code or read local data (RFC 9700 §4.1).",
		Source:    srcRFC9700,
		Exception: "none (accepted)",
		Members:   []string{"CallbackURLs", "DefaultRedirectURI", "LogoutURLs"},
		itemwise:  true,
		check:     checkDangerousScheme,
	},
	{
		ID: RuleURLsMalformed, Severity: Warning,
		Doc:       "Warning, as AWS's verdict is not documented: a redirect URL with a backslash, bad percent-encoding, a bad port or host, userinfo on HTTP, or an empty host is read differently by browsers and servers (RFC 3986; RFC 9700 §4.1).",
		Source:    srcRFC9700,
		Exception: "unverified",
		Members:   redirectMembers,
		itemwise:  true,
		check: func(p *pass) {
			r := p.parseRedirects()
			report := func(member string, i int, found redirect) {
				if (found.problem == urls.MissingHost || found.problem == urls.Malformed) && p.allow(member, i) {
					p.report(itemPath(member, i), found.problem.String()+": browsers and servers may read this URL differently")
				}
			}
			for i, found := range r.callbacks {
				report("CallbackURLs", i, found)
			}
			if p.DefaultRedirectURI != nil {
				report("DefaultRedirectURI", -1, r.defaultURI)
			}
		},
	},
	{
		ID: RuleURLsLogout, Severity: Warning,
		Doc:       "Warning, as the model gives LogoutURLs no scheme rule: sign-out redirects deserve the CallbackURLs rules (absolute, no fragment, HTTPS except loopback).",
		Source:    srcCreate,
		Exception: "none (accepted)",
		Members:   []string{"LogoutURLs"},
		itemwise:  true,
		check: func(p *pass) {
			for i, found := range p.parseRedirects().logout {
				if found.problem != urls.OK && p.allow("LogoutURLs", i) {
					p.report(itemPath("LogoutURLs", i), found.problem.String()+" (the CallbackURLs rules, applied to a sign-out redirect)")
				}
			}
		},
	},
}

// redirectFinding reports, in CallbackURLs and then DefaultRedirectURI, each
// URL whose problem is problem and, for urls.OK, that is plain-HTTP loopback
// when loopback is true.
func (p *pass) redirectFinding(problem urls.Problem, loopback bool, msg string) {
	r := p.parseRedirects()
	for i, found := range r.callbacks {
		if found.problem == problem && found.loopbackHTTP == loopback {
			p.reportAt("CallbackURLs", i, msg)
		}
	}
	if p.DefaultRedirectURI != nil && r.defaultURI.problem == problem && r.defaultURI.loopbackHTTP == loopback {
		p.report("DefaultRedirectURI", msg)
	}
}

func checkDangerousScheme(p *pass) {
	r := p.parseRedirects()
	for i, found := range r.callbacks {
		if found.dangerous && p.allow("CallbackURLs", i) {
			p.report(itemPath("CallbackURLs", i), dangerousMessage(p.CallbackURLs[i]))
		}
	}
	if d := p.DefaultRedirectURI; d != nil && r.defaultURI.dangerous {
		p.report("DefaultRedirectURI", dangerousMessage(*d))
	}
	for i, found := range r.logout {
		if found.dangerous && p.allow("LogoutURLs", i) {
			p.report(itemPath("LogoutURLs", i), dangerousMessage(p.LogoutURLs[i]))
		}
	}
}

// dangerousMessage names the scheme of u, the part before the first ':'.
func dangerousMessage(u string) string {
	scheme, _, _ := strings.Cut(u, ":")
	return "uses the " + quote(scheme) + " scheme, which runs code or reads local data when a browser follows it"
}

// redirect is what the urls rules need to know of one URL, parsed once.
type redirect struct {
	// problem is the first problem urls.Redirect finds, or urls.OK, also
	// for a URL that breaks its model length or pattern: the model rules
	// report that one.
	problem urls.Problem
	// loopbackHTTP and dangerous describe a URL without a problem.
	loopbackHTTP, dangerous bool
}

// redirects holds every redirect URL of the input, parsed once per pass:
// noted by the model walk as it reads each URL (see checker.value), or
// parsed by parseRedirects when the walk did not.
type redirects struct {
	parsed     bool
	callbacks  []redirect // one per CallbackURLs entry
	defaultURI redirect
	// sawDefault says that the model walk noted defaultURI.
	sawDefault bool
	// defaultIndex is the position of DefaultRedirectURI in CallbackURLs,
	// or -1.
	defaultIndex int
	logout       []redirect // one per LogoutURLs entry
}

// reuse returns an empty cache that keeps r's buffers, unless a list far
// over the model's 100 items made them large.
func (r *redirects) reuse() redirects {
	keep := func(b []redirect) []redirect {
		if cap(b) > 1024 {
			return nil
		}
		return b[:0]
	}
	return redirects{callbacks: keep(r.callbacks), logout: keep(r.logout)}
}

// note records what the model walk read of the redirect URL u, an entry of
// member, in member order.
func (r *redirects) note(member, u string, sum urls.Summary) {
	found := redirectOf(u, sum)
	switch member {
	case "CallbackURLs":
		r.callbacks = append(r.callbacks, found)
	case "LogoutURLs":
		r.logout = append(r.logout, found)
	default: // DefaultRedirectURI
		r.defaultURI, r.sawDefault = found, true
	}
}

// parseRedirects returns every redirect URL of the input, parsed: as the
// model walk noted them, or parsed now, the first time a rule asks, when the
// walk did not note them all.
func (p *pass) parseRedirects() *redirects {
	r := &p.redirects
	if r.parsed {
		return r
	}
	r.parsed = true
	r.defaultIndex = -1
	d := p.DefaultRedirectURI
	if len(r.callbacks) != len(p.CallbackURLs) || len(r.logout) != len(p.LogoutURLs) || r.sawDefault != (d != nil) {
		r.callbacks, r.logout = r.callbacks[:0], r.logout[:0]
		for _, u := range p.CallbackURLs {
			r.callbacks = append(r.callbacks, parseRedirect(u))
		}
		if d != nil {
			r.defaultURI = parseRedirect(*d)
		}
		for _, u := range p.LogoutURLs {
			r.logout = append(r.logout, parseRedirect(u))
		}
	}
	if d != nil {
		for i, u := range p.CallbackURLs {
			if u == *d {
				r.defaultIndex = i
				break
			}
		}
	}
	return r
}

// parseRedirect parses a redirect URL.
func parseRedirect(u string) redirect { return redirectOf(u, urls.Scan(u)) }

// redirectOf is what the urls rules need of the redirect URL u that
// urls.Scan read as sum. A URL that breaks its model length or pattern has
// nothing for the urls rules: the model rules report it.
func redirectOf(u string, sum urls.Summary) redirect {
	if u == "" || !sum.Pattern || int64(sum.Runes) > spec.RedirectURLType.Max {
		return redirect{}
	}
	if sum.Problem != urls.OK {
		return redirect{problem: sum.Problem}
	}
	return redirect{loopbackHTTP: sum.LoopbackHTTP, dangerous: sum.Dangerous}
}
