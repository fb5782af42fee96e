package client_test

import (
	"encoding/json"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
)

// secretish draws a secret-like value: long enough that it cannot appear in
// a message by chance, valid or not for the model (with '/', '=', '-',
// spaces, non-ASCII letters, quotes and escapes).
func secretish(t *rapid.T, label string) string {
	alphabet := []rune("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_+/=- é\"\\")
	runes := rapid.SliceOfN(rapid.SampledFrom(alphabet), 12, 80).Draw(t, label)
	return string(runes)
}

// hostileDoc draws a JSON document around a secret and a client ID, with
// members broken in ways that make many rules fire.
func hostileDoc(t *rapid.T, secret, id string) []byte {
	doc := map[string]any{}
	if rapid.Bool().Draw(t, "wrapped") {
		inner := map[string]any{"ClientSecret": secret, "ClientId": id}
		addNoise(t, inner)
		doc["UserPoolClient"] = inner
	} else {
		doc["ClientId"] = id
		doc["ClientSecret"] = secret
		doc["GenerateSecret"] = rapid.Bool().Draw(t, "GenerateSecret")
		addNoise(t, doc)
	}
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if rapid.Bool().Draw(t, "truncate") {
		data = data[:rapid.IntRange(0, len(data)).Draw(t, "cut")]
	}
	return data
}

func addNoise(t *rapid.T, m map[string]any) {
	noise := map[string]any{
		"UserPoolId":            rapid.SampledFrom([]any{"us-east-1_Ab12", "bad", 5}).Draw(t, "UserPoolId"),
		"ClientName":            rapid.SampledFrom([]any{"app", "café", "", nil}).Draw(t, "ClientName"),
		"AccessTokenValidity":   rapid.SampledFrom([]any{60, "60", 1.5, -1, 1 << 40}).Draw(t, "AccessTokenValidity"),
		"CallbackURLs":          rapid.SampledFrom([]any{[]any{"http://x.example"}, "https://a", []any{1}}).Draw(t, "CallbackURLs"),
		"AllowedOAuthFlows":     rapid.SampledFrom([]any{[]any{"client_credentials", "code"}, []any{"token"}}).Draw(t, "AllowedOAuthFlows"),
		"AllowedOAuthScopes":    rapid.SampledFrom([]any{[]any{"openid", "bad scope"}, []any{"x"}}).Draw(t, "AllowedOAuthScopes"),
		"TokenValidityUnits":    rapid.SampledFrom([]any{map[string]any{"AccessToken": "Hours"}, "days"}).Draw(t, "TokenValidityUnits"),
		"EnableTokenRevocation": rapid.SampledFrom([]any{false, "no"}).Draw(t, "EnableTokenRevocation"),
		"Unknown":               "x",
	}
	for k, v := range noise {
		if rapid.Bool().Draw(t, "keep "+k) {
			m[k] = v
		}
	}
}

// TestNoSecretInAnyMessage: whatever rule fires, on whatever input, no
// violation (and so no text, JSON or Error() output built from violations)
// contains the ClientSecret or ClientId value.
func TestNoSecretInAnyMessage(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		secret := secretish(t, "ClientSecret")
		id := secretish(t, "ClientId")
		data := hostileDoc(t, secret, id)
		for _, op := range []client.Op{client.Auto, client.Create, client.Update, client.Describe} {
			_, vs := client.DecodeCheck(data, op)
			text := vs.Error()
			for _, v := range vs {
				text += "\n" + v.Path
			}
			for _, value := range []string{secret, id, jsonEscaped(secret), jsonEscaped(id)} {
				if strings.Contains(text, value) {
					t.Fatalf("op %v: output contains a secret value %q:\n%s", op, value, text)
				}
			}
		}
	})
}

func jsonEscaped(s string) string {
	b, _ := json.Marshal(s)
	return string(b[1 : len(b)-1])
}

// TestCheckIsSafeForConcurrentUse runs Check and DecodeCheck on shared inputs
// from many goroutines; with -race this proves Check only reads, and every
// goroutine sees the same answer.
func TestCheckIsSafeForConcurrentUse(t *testing.T) {
	inputs := []client.CreateRequest{validCreate()}
	broken := validCreate()
	broken.CallbackURLs = append(broken.CallbackURLs, "http://evil.example/cb", "http://localhost/cb")
	broken.AccessTokenValidity = i32(4)
	inputs = append(inputs, broken)
	data := []byte(`{"UserPoolId":"x","ClientName":"café","CallbackUrls":[1],"AccessTokenValidity":"60"}`)

	want := make([]client.Violations, len(inputs))
	for i := range inputs {
		want[i] = inputs[i].Check()
	}
	_, wantJSON := client.DecodeCheck(data, client.Auto)

	workers := 4 * runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				i := n % len(inputs)
				if diff := cmp.Diff(want[i], inputs[i].Check()); diff != "" {
					errs <- diff
					return
				}
				if _, got := client.DecodeCheck(data, client.Auto); !cmp.Equal(wantJSON, got) {
					errs <- cmp.Diff(wantJSON, got)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Check differs (-want +got):\n%s", e)
	}
}

// TestNoSecretForAnyRule: for every error rule, documents that break it (from
// clienttest.BreakingJSON, five seeds each) never show their ClientSecret in
// any message, whichever operation they are read as.
func TestNoSecretForAnyRule(t *testing.T) {
	for _, rule := range client.Rules() {
		if rule.Severity != client.Error || strings.HasPrefix(string(rule.ID), "pool.") {
			continue
		}
		for seed := 0; seed < 5; seed++ {
			data := clienttest.BreakingJSON(rule.ID).Example(seed)
			secret := clienttest.ClientSecret().Example(seed)
			if r, _ := client.DecodeCreate(data); r.ClientSecret != nil && len(*r.ClientSecret) >= 8 {
				secret = *r.ClientSecret // the document's own secret
			} else if r.ClientSecret == nil {
				data = withMember(data, "ClientSecret", secret)
			}
			for _, op := range []client.Op{client.Create, client.Update, client.Describe} {
				_, vs := client.DecodeCheck(data, op)
				if out := vs.Error(); strings.Contains(out, secret) {
					t.Errorf("%s, seed %d, op %v: a message shows the ClientSecret:\n%s", rule.ID, seed, op, out)
				}
			}
		}
	}
}

// withMember puts "name": value first in a JSON object document (or leaves a
// document that is not an object as it is).
func withMember(data []byte, name, value string) []byte {
	i := strings.IndexByte(string(data), '{')
	if i < 0 {
		return data
	}
	member, _ := json.Marshal(map[string]string{name: value})
	return []byte(string(data[:i+1]) + string(member[1:len(member)-1]) + "," + string(data[i+1:]))
}
