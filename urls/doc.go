// Package urls answers questions about one redirect URL of a Cognito app
// client: an entry of CallbackURLs or LogoutURLs, or DefaultRedirectURI.
//
// It knows nothing of member paths or rule IDs; the client package turns its
// answers into violations. Every function is allocation-free: [Parse] is a
// small hand-written RFC 3986 splitter that returns sub-slices of its input.
// It does not use net/url, which allocates and accepts almost anything.
// [Scan] answers, in one read of a plain URL, everything a checker needs: the
// RedirectUrlType model pattern, the length in code points and the
// [Redirect] verdict; it returns a small [Summary] rather than an [Info].
//
// # Sources
//
//   - Amazon Cognito API Reference, CreateUserPoolClient, request member
//     CallbackURLs: a redirect URI must be absolute, must not include a
//     fragment component, and must be HTTPS except for http://localhost,
//     http://127.0.0.1 and http://[::1] (any port); app callbacks such as
//     myapp://example are allowed.
//     https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
//   - RFC 6749 §3.1.2 (OAuth 2.0 redirection endpoint): the URI must be an
//     absolute URI and must not include a fragment component.
//   - RFC 8252 §7.3 (OAuth 2.0 for native apps): loopback interface redirection.
//   - RFC 9700 (OAuth 2.0 Security Best Current Practice): exact redirect URI
//     matching and open-redirect concerns.
//   - RFC 3986 (URI generic syntax), for the grammar used by [Parse].
//
// # Decisions
//
// [Redirect] reports the first problem in this order: [NotAbsolute],
// [Fragment], [InsecureHTTP], [MissingHost], [Malformed]. So a plain-HTTP URL
// to a non-loopback host is InsecureHTTP even when it is also malformed, and
// "http:///cb" is InsecureHTTP rather than MissingHost.
//
// The loopback exception is a security boundary. [Info.Loopback] decides it
// on the parsed host alone, by byte-exact ASCII comparison with "localhost",
// "127.0.0.1" or "[::1]". Only "localhost" is compared case-insensitively,
// because DNS names are (ASCII-only folding: "localhoſt" with U+017F, which
// Unicode case folding maps to "s", is not localhost). Everything else is a
// remote host:
//   - other spellings of the same address ("127.1", "2130706433",
//     "0x7f.0.0.1", "0177.0.0.1", "[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]"),
//     because AWS names exactly the three forms above and browsers and
//     servers disagree about the others;
//   - "localhost." (trailing dot), "localhost.evil.example", a
//     percent-encoded "%6cocalhost";
//   - any URL with userinfo, even "http://a@localhost": the exception covers
//     exactly http://localhost[:port], and userinfo in front of a loopback
//     name is the classic confusion vector ("http://localhost@evil.example",
//     "http://evil.example\@localhost", where browsers treat '\' as '/').
//
// An empty port ("http://localhost:/cb") is allowed, as RFC 3986 allows it; a
// port above 65535 or with a non-digit is Malformed.
//
// Malformed covers what RFC 3986 or browsers would read differently from a
// plain string comparison: a backslash anywhere (WHATWG URL parsers treat it
// as '/' in http(s) URLs); a character outside the RedirectUrlType pattern
// [\p{L}\p{M}\p{S}\p{N}\p{P}] (space, control, separator) or invalid UTF-8;
// a '%' not followed by two hex digits; any percent-encoding in a host name
// (browsers decode it, so "%6cocalhost" reaches localhost); a host character
// outside RFC 3986 reg-name; more than one '@'; a bad port; and a bracketed
// host that is not a plain IPv6 address. IPv6 zone identifiers
// ("[fe80::1%25en0]") and IPvFuture literals are Malformed, since browsers
// do not accept them.
//
// Non-ASCII host names ("bücher.example") are not Malformed: the model
// pattern allows Unicode letters. Punycode ("xn--bcher-kva.example") is of
// course fine too. Userinfo on an HTTPS URL is not a problem by itself;
// [Info.HasUserinfo] lets a caller warn about it.
//
// Parse follows RFC 3986 literally, so "localhost:3000/cb" is an absolute
// URI with the app scheme "localhost", and "//evil.example/cb"
// (scheme-relative) is not absolute. [Info.AppScheme] is true for every
// non-http(s) scheme, including the [Info.Dangerous] ones.
package urls
