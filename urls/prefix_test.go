package urls_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cognitokit/appclient/urls"
)

func TestReadStart(t *testing.T) {
	tests := []struct {
		start    string
		want     urls.Start
		loopback bool
	}{
		{start: "", want: urls.Start{}},
		{start: "htt", want: urls.Start{}},
		{start: "/cb/", want: urls.Start{Relative: true}},
		{start: "1abc", want: urls.Start{Relative: true}},
		{start: "ht tp", want: urls.Start{Relative: true}},
		{start: "https:", want: urls.Start{Scheme: "https"}},
		{start: "https://", want: urls.Start{Scheme: "https"}},
		{start: "https://app.example.com", want: urls.Start{Scheme: "https"}}, // the host may go on
		{start: "https://app.example.com/", want: urls.Start{Scheme: "https", HostKnown: true, Host: "app.example.com"}},
		{start: "http://localhost:", want: urls.Start{Scheme: "http"}},
		{start: "http://localhost:8080/", want: urls.Start{Scheme: "http", HostKnown: true, Host: "localhost"}, loopback: true},
		{start: "http://LOCALHOST?", want: urls.Start{Scheme: "http", HostKnown: true, Host: "LOCALHOST"}, loopback: true},
		{start: "http://[::1]/", want: urls.Start{Scheme: "http", HostKnown: true, Host: "[::1]"}, loopback: true},
		{start: "http://[::1]", want: urls.Start{Scheme: "http"}},
		{start: "http://[::1]0/", want: urls.Start{Scheme: "http"}},
		{start: "http://[::1", want: urls.Start{Scheme: "http"}},
		{start: "http://127.0.0.1/cb", want: urls.Start{Scheme: "http", HostKnown: true, Host: "127.0.0.1"}, loopback: true},
		{start: "http://u@localhost/", want: urls.Start{Scheme: "http", HostKnown: true, Host: "localhost", HasUserinfo: true}},
		{start: "http://localhost.evil.example/", want: urls.Start{Scheme: "http", HostKnown: true, Host: "localhost.evil.example"}},
		{start: "myapp://", want: urls.Start{Scheme: "myapp"}},
		{start: "myapp:cb", want: urls.Start{Scheme: "myapp"}},
	}
	for _, tt := range tests {
		got := urls.ReadStart(tt.start)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ReadStart(%q) (-want +got):\n%s", tt.start, diff)
		}
		if got.Loopback() != tt.loopback {
			t.Errorf("ReadStart(%q).Loopback() = %v, want %v", tt.start, got.Loopback(), tt.loopback)
		}
	}
}

// TestReadStartAgreesWithParse: once the start holds the whole host, what
// follows changes neither the scheme nor the host that Parse finds.
func FuzzReadStart(f *testing.F) {
	for _, s := range []string{"https://a.example/", "http://localhost:", "myapp:", "http://[::1]/", "http://u@h/"} {
		f.Add(s, "rest/of?url")
	}
	f.Fuzz(func(t *testing.T, start, rest string) {
		st := urls.ReadStart(start)
		info, ok := urls.Parse(start + rest)
		if st.Relative && ok {
			t.Fatalf("ReadStart(%q) says relative, but Parse(%q) finds scheme %q", start, start+rest, info.Scheme)
		}
		if st.Scheme != "" && (!ok || info.Scheme != st.Scheme) {
			t.Fatalf("ReadStart(%q).Scheme = %q, Parse(%q) = %q, %v", start, st.Scheme, start+rest, info.Scheme, ok)
		}
		if st.HostKnown && info.Host != st.Host && info.HasAuthority {
			t.Fatalf("ReadStart(%q).Host = %q, Parse(%q).Host = %q", start, st.Host, start+rest, info.Host)
		}
	})
}
