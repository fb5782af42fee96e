package client_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/clienttest"
	"github.com/cognitokit/appclient/flows"
	"github.com/cognitokit/appclient/internal/spec"
	"github.com/cognitokit/appclient/units"
)

// errorIDs returns the distinct error rule IDs of vs, sorted.
func errorIDs(vs client.Violations) []client.RuleID {
	var ids []client.RuleID
	for _, v := range vs {
		if v.Severity == client.Error && !slices.Contains(ids, v.Rule) {
			ids = append(ids, v.Rule)
		}
	}
	slices.Sort(ids)
	return ids
}

func TestPropGeneratedValuesHaveNoErrors(t *testing.T) {
	t.Run("Create", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			r := clienttest.Create().Draw(t, "request")
			if errs := r.Check().OnlyErrors(); len(errs) != 0 {
				t.Fatalf("Check reports errors:\n%v", errs)
			}
		})
	})
	t.Run("Update", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			r := clienttest.Update().Draw(t, "request")
			if errs := r.Check().OnlyErrors(); len(errs) != 0 {
				t.Fatalf("Check reports errors:\n%v", errs)
			}
		})
	})
	t.Run("UserPoolClient", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			r := clienttest.UserPoolClient().Draw(t, "client")
			if errs := r.Check().OnlyErrors(); len(errs) != 0 {
				t.Fatalf("Check reports errors:\n%v", errs)
			}
		})
	})
}

// documentOnly are the error rules that no Go value can break: the JSON
// document rules, and model.operation (a member of another operation).
var documentOnly = []client.RuleID{
	client.RuleJSONSyntax, client.RuleJSONType, client.RuleJSONUnknownMember, client.RuleJSONDuplicateMember, client.RuleModelOperation,
}

// panics reports whether f panics.
func panics(f func()) (panicked bool) {
	defer func() { panicked = recover() != nil }()
	f()
	return false
}

// TestEveryErrorRuleHasABreaker keeps the catalogue and the generators in
// step: a new error rule fails here until clienttest can break it.
func TestEveryErrorRuleHasABreaker(t *testing.T) {
	for _, rule := range client.Rules() {
		id := rule.ID
		hasGo := !panics(func() { clienttest.Breaking(id) })
		hasJSON := !panics(func() { clienttest.BreakingJSON(id) })
		hasPool := !panics(func() { clienttest.BreakingPool(id) })
		if rule.Severity != client.Error {
			if hasGo || hasJSON || hasPool {
				t.Errorf("%s is a warning, but clienttest has a breaker for it", id)
			}
			continue
		}
		switch {
		case rule.Family() == "pool":
			if !hasPool || hasGo || hasJSON {
				t.Errorf("%s: want BreakingPool only (Breaking %v, BreakingJSON %v, BreakingPool %v)", id, hasGo, hasJSON, hasPool)
			}
		case slices.Contains(documentOnly, id):
			if hasGo || !hasJSON {
				t.Errorf("%s: want BreakingJSON only (Breaking %v, BreakingJSON %v)", id, hasGo, hasJSON)
			}
		default:
			if !hasGo || !hasJSON {
				t.Errorf("%s: want Breaking and BreakingJSON (Breaking %v, BreakingJSON %v)", id, hasGo, hasJSON)
			}
		}
	}
}

// TestPropBreakingBreaksExactlyThatRule: for every error rule, the generated
// values report it, and no other error rule; so do their JSON documents,
// read with DecodeCheck. BreakingJSON of a rule that a Go value can break is
// the encoding of Breaking's values, which the value subtest decodes itself;
// the subtests run in parallel to stay fast under -race.
func TestPropBreakingBreaksExactlyThatRule(t *testing.T) {
	// Auto reads the documents as create requests, which the first check
	// asserts, so DecodeCheck(data, client.Create) gives the same answer.
	decodeCheck := func(t *rapid.T, data []byte, want []client.RuleID) {
		op, vs := client.DecodeCheck(data, client.Auto)
		if op != client.Create {
			t.Fatalf("DecodeCheck read the document as %v, not create", op)
		}
		if diff := cmp.Diff(want, errorIDs(vs)); diff != "" {
			t.Fatalf("DecodeCheck error rules (-want +got):\n%s\n%v\n%q", diff, vs.OnlyErrors(), data)
		}
	}
	for _, rule := range client.Rules() {
		id := rule.ID
		if rule.Severity != client.Error {
			continue
		}
		want := []client.RuleID{id}
		switch {
		case rule.Family() == "pool":
			t.Run(string(id), func(t *testing.T) {
				t.Parallel()
				rapid.Check(t, func(t *rapid.T) {
					c := clienttest.BreakingPool(id).Draw(t, "case")
					if diff := cmp.Diff(want, errorIDs(c.Request.CheckPool(c.Pool))); diff != "" {
						t.Fatalf("error rules (-want +got):\n%s\n%v", diff, c.Request.CheckPool(c.Pool).OnlyErrors())
					}
				})
			})
		case slices.Contains(documentOnly, id) || id == client.RuleJSONUTF8:
			t.Run(string(id)+"/json", func(t *testing.T) {
				t.Parallel()
				rapid.Check(t, func(t *rapid.T) {
					decodeCheck(t, clienttest.BreakingJSON(id).Draw(t, "document"), want)
				})
			})
		}
		if rule.Family() == "pool" || slices.Contains(documentOnly, id) {
			continue
		}
		t.Run(string(id), func(t *testing.T) {
			t.Parallel()
			rapid.Check(t, func(t *rapid.T) {
				r := clienttest.Breaking(id).Draw(t, "request")
				if diff := cmp.Diff(want, errorIDs(r.Check())); diff != "" {
					t.Fatalf("error rules (-want +got):\n%s\n%v", diff, r.Check().OnlyErrors())
				}
				// Normalize neither repairs nor hides the broken rule, and is
				// idempotent on it (the Normalize properties below draw
				// broken values too, but rarely each rule).
				n := r.Normalize()
				if diff := cmp.Diff(want, errorIDs(n.Check())); diff != "" {
					t.Fatalf("error rules after Normalize (-want +got):\n%s\n%v", diff, n.Check().OnlyErrors())
				}
				if diff := cmp.Diff(n, n.Normalize()); diff != "" {
					t.Fatalf("Normalize is not idempotent (-once +twice):\n%s", diff)
				}
				if id == client.RuleJSONUTF8 {
					return // its document is the json subtest's
				}
				data, err := r.MarshalJSON()
				if err != nil {
					t.Fatal(err)
				}
				decodeCheck(t, data, want)
			})
		})
	}
}

// normalizeCase is one generated value of any shape, with the operations
// the properties need.
type normalizeCase struct {
	value      any
	normalize  func() normalizeCase
	check      func() client.Violations
	settings   client.Settings
	equivalent func(normalizeCase) bool
	encode     func() ([]byte, error)
}

// GoString makes rapid log a drawn case as its JSON document.
func (c normalizeCase) GoString() string {
	data, _ := c.encode()
	return fmt.Sprintf("%T %s", c.value, data)
}

func createCase(r client.CreateRequest) normalizeCase {
	return normalizeCase{
		value:      r,
		normalize:  func() normalizeCase { return createCase(r.Normalize()) },
		check:      r.Check,
		settings:   r.Settings,
		equivalent: func(o normalizeCase) bool { return r.Equivalent(o.value.(client.CreateRequest)) },
		encode:     r.MarshalJSON,
	}
}

func updateCase(r client.UpdateRequest) normalizeCase {
	return normalizeCase{
		value:      r,
		normalize:  func() normalizeCase { return updateCase(r.Normalize()) },
		check:      r.Check,
		settings:   r.Settings,
		equivalent: func(o normalizeCase) bool { return r.Equivalent(o.value.(client.UpdateRequest)) },
		encode:     r.MarshalJSON,
	}
}

func describeCase(r client.UserPoolClient) normalizeCase {
	return normalizeCase{
		value:      r,
		normalize:  func() normalizeCase { return describeCase(r.Normalize()) },
		check:      r.Check,
		settings:   r.Settings,
		equivalent: func(o normalizeCase) bool { return r.Equivalent(o.value.(client.UserPoolClient)) },
		encode:     r.MarshalJSON,
	}
}

// anyCase draws a valid value of one of the three shapes, or a create
// request that breaks one error rule.
func anyCase() *rapid.Generator[normalizeCase] {
	var breakable []client.RuleID
	for _, r := range client.Rules() {
		if r.Severity == client.Error && r.Family() != "pool" && !slices.Contains(documentOnly, r.ID) {
			breakable = append(breakable, r.ID)
		}
	}
	return rapid.Custom(func(t *rapid.T) normalizeCase {
		switch rapid.IntRange(0, 3).Draw(t, "shape") {
		case 0:
			return createCase(clienttest.Create().Draw(t, "create"))
		case 1:
			return updateCase(clienttest.Update().Draw(t, "update"))
		case 2:
			return describeCase(clienttest.UserPoolClient().Draw(t, "describe"))
		}
		id := rapid.SampledFrom(breakable).Draw(t, "rule")
		return createCase(clienttest.Breaking(id).Draw(t, "broken"))
	})
}

// cmpTimes compares dates as instants.
var cmpTimes = cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })

func TestPropNormalizeIsIdempotent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := anyCase().Draw(t, "case")
		once := c.normalize()
		twice := once.normalize()
		if diff := cmp.Diff(once.value, twice.value, cmpTimes); diff != "" {
			t.Fatalf("Normalize(Normalize(x)) != Normalize(x) (-once +twice):\n%s", diff)
		}
		if !c.equivalent(once) || !once.equivalent(c) {
			t.Fatal("a value is not Equivalent to its canonical form")
		}
	})
}

func TestPropNormalizeKeepsTheVerdict(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := anyCase().Draw(t, "case")
		before, after := c.check(), c.normalize().check()
		if before.HasErrors() != after.HasErrors() {
			t.Fatalf("verdict changed: before %v, after %v", before.OnlyErrors(), after.OnlyErrors())
		}
		if diff := cmp.Diff(errorIDs(before), errorIDs(after)); diff != "" {
			t.Fatalf("error rules changed (-before +after):\n%s", diff)
		}
	})
}

// TestPropNormalizeIsCanonical checks the documented form of the output:
// lists sorted and without duplicates, every lifetime and unit explicit in
// the largest exact unit, defaults written out.
func TestPropNormalizeIsCanonical(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := anyCase().Draw(t, "case")
		invalid := c.check().HasErrors()
		s := c.normalize().settings
		for name, list := range map[string][]string{
			"ReadAttributes": s.ReadAttributes, "WriteAttributes": s.WriteAttributes,
			"ExplicitAuthFlows": s.ExplicitAuthFlows, "SupportedIdentityProviders": s.SupportedIdentityProviders,
			"CallbackURLs": s.CallbackURLs, "LogoutURLs": s.LogoutURLs,
			"AllowedOAuthFlows": s.AllowedOAuthFlows, "AllowedOAuthScopes": s.AllowedOAuthScopes,
		} {
			if !slices.IsSorted(list) {
				t.Fatalf("%s is not sorted: %q", name, list)
			}
			if !invalid && len(slices.Compact(slices.Clone(list))) != len(list) {
				t.Fatalf("%s has duplicates: %q", name, list)
			}
		}
		if s.ExplicitAuthFlows == nil || s.AllowedOAuthFlowsUserPoolClient == nil || s.PreventUserExistenceErrors == nil ||
			s.EnableTokenRevocation == nil || s.EnablePropagateAdditionalUserContextData == nil || s.AuthSessionValidity == nil {
			t.Fatalf("a default is not written out: %+v", s)
		}
		if a := s.AnalyticsConfiguration; a != nil && a.UserDataShared == nil {
			t.Fatal("AnalyticsConfiguration.UserDataShared is not written out")
		}
		if invalid {
			return
		}
		u := s.TokenValidityUnits
		if u == nil || u.AccessToken == nil || u.IDToken == nil || u.RefreshToken == nil ||
			s.AccessTokenValidity == nil || s.IDTokenValidity == nil || s.RefreshTokenValidity == nil {
			t.Fatalf("a lifetime or unit is not written out: %+v %+v", s, u)
		}
		for _, tv := range []struct {
			value *int32
			unit  *string
		}{{s.AccessTokenValidity, u.AccessToken}, {s.IDTokenValidity, u.IDToken}, {s.RefreshTokenValidity, u.RefreshToken}} {
			secs, ok := units.Lifetime(int64(*tv.value), *tv.unit)
			if v, unit := units.Largest(secs); !ok || v != int64(*tv.value) || unit != *tv.unit {
				t.Fatalf("%d %s is not in the largest exact unit (%d %s)", *tv.value, *tv.unit, v, unit)
			}
		}
	})
}

func TestPropNormalizeKeepsLifetimes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := anyCase().Draw(t, "case")
		before, errBefore := c.settings.Lifetimes()
		after, errAfter := c.normalize().settings.Lifetimes()
		if (errBefore == nil) != (errAfter == nil) {
			t.Fatalf("Lifetimes error before %v, after %v", errBefore, errAfter)
		}
		if diff := cmp.Diff(before, after); diff != "" {
			t.Fatalf("lifetimes changed (-before +after):\n%s", diff)
		}
		if !c.check().HasErrors() && errBefore != nil {
			t.Fatalf("a valid value has no Lifetimes: %v", errBefore)
		}
	})
}

// rewrite returns a copy of the create request r written another way with
// the same meaning: lifetimes in other units, defaults written out or left
// out, lists reordered and with repeats.
func rewrite(t *rapid.T, r client.CreateRequest) client.CreateRequest {
	canonical := r.Normalize() // only read: r's own members are copied below
	out := r
	s := &out.Settings
	life, err := r.Lifetimes()
	if err != nil {
		t.Fatalf("a valid request has no Lifetimes: %v", err)
	}
	u := &client.TokenValidityUnits{}
	tokens := []struct {
		tok   units.Token
		secs  time.Duration
		value **int32
		unit  **string
	}{
		{units.AccessToken, life.Access, &s.AccessTokenValidity, &u.AccessToken},
		{units.IDToken, life.ID, &s.IDTokenValidity, &u.IDToken},
		{units.RefreshToken, life.Refresh, &s.RefreshTokenValidity, &u.RefreshToken},
	}
	for _, tk := range tokens {
		secs := int64(tk.secs / time.Second)
		var options []string
		for _, unit := range units.Units() {
			size, _ := units.Size(unit)
			if secs%size == 0 && secs/size <= spec.RefreshTokenValidityType.Max && (tk.tok == units.RefreshToken || secs/size <= spec.AccessTokenValidityType.Max) {
				options = append(options, unit)
			}
		}
		unit := rapid.SampledFrom(options).Draw(t, tk.tok.UnitMember()+" unit")
		size, _ := units.Size(unit)
		*tk.value = client.Ptr(int32(secs / size))
		*tk.unit = client.Ptr(unit)
		if unit == tk.tok.DefaultUnit() && rapid.Bool().Draw(t, tk.tok.UnitMember()+" unit absent") {
			*tk.unit = nil
		}
		if secs == tk.tok.Default() {
			switch rapid.IntRange(0, 2).Draw(t, tk.tok.Member()+" default") {
			case 0:
				*tk.value = nil
			case 1:
				if tk.tok == units.RefreshToken {
					*tk.value = client.Ptr[int32](0)
				}
			}
		}
	}
	s.TokenValidityUnits = u
	if u.AccessToken == nil && u.IDToken == nil && u.RefreshToken == nil && rapid.Bool().Draw(t, "TokenValidityUnits absent") {
		s.TokenValidityUnits = nil
	}

	shuffle := func(name string, list []string, shape *spec.Shape) []string {
		if list == nil {
			return nil
		}
		out := slices.Clone(list)
		if len(out) == 0 {
			return []string{}
		}
		{
			extra := rapid.IntRange(0, 3).Draw(t, name+" repeats")
			for i := 0; i < extra && (shape.Max == spec.NoLimit || int64(len(out)) < shape.Max); i++ {
				out = append(out, out[rapid.IntRange(0, len(out)-1).Draw(t, name+" repeat")])
			}
		}
		return rapid.Permutation(out).Draw(t, name)
	}
	s.ReadAttributes = shuffle("ReadAttributes", s.ReadAttributes, spec.ClientPermissionListType)
	s.WriteAttributes = shuffle("WriteAttributes", s.WriteAttributes, spec.ClientPermissionListType)
	s.SupportedIdentityProviders = shuffle("SupportedIdentityProviders", s.SupportedIdentityProviders, spec.SupportedIdentityProvidersListType)
	s.CallbackURLs = shuffle("CallbackURLs", s.CallbackURLs, spec.CallbackURLsListType)
	s.LogoutURLs = shuffle("LogoutURLs", s.LogoutURLs, spec.LogoutURLsListType)
	s.AllowedOAuthFlows = shuffle("AllowedOAuthFlows", s.AllowedOAuthFlows, spec.OAuthFlowsType)
	s.AllowedOAuthScopes = shuffle("AllowedOAuthScopes", s.AllowedOAuthScopes, spec.ScopeListType)
	if slices.Equal(canonical.ExplicitAuthFlows, normalizedDefaultFlows()) && rapid.Bool().Draw(t, "ExplicitAuthFlows absent") {
		s.ExplicitAuthFlows = nil
	} else {
		s.ExplicitAuthFlows = shuffle("ExplicitAuthFlows", canonical.ExplicitAuthFlows, spec.ExplicitAuthFlowsListType)
	}

	out.GenerateSecret = toggle(t, "GenerateSecret", out.GenerateSecret, false)
	s.AllowedOAuthFlowsUserPoolClient = toggle(t, "AllowedOAuthFlowsUserPoolClient", s.AllowedOAuthFlowsUserPoolClient, false)
	s.PreventUserExistenceErrors = toggle(t, "PreventUserExistenceErrors", s.PreventUserExistenceErrors, "LEGACY")
	s.EnableTokenRevocation = toggle(t, "EnableTokenRevocation", s.EnableTokenRevocation, true)
	s.EnablePropagateAdditionalUserContextData = toggle(t, "EnablePropagateAdditionalUserContextData", s.EnablePropagateAdditionalUserContextData, false)
	s.AuthSessionValidity = toggle(t, "AuthSessionValidity", s.AuthSessionValidity, 3)
	if a := s.AnalyticsConfiguration; a != nil {
		b := *a
		b.UserDataShared = toggle(t, "AnalyticsConfiguration.UserDataShared", b.UserDataShared, false)
		s.AnalyticsConfiguration = &b
	}
	return out
}

func normalizedDefaultFlows() []string {
	f := flows.DefaultAuthFlows()
	slices.Sort(f)
	return f
}

// toggle swaps an absent member and its explicit default, and keeps any
// other value.
func toggle[T comparable](t *rapid.T, name string, v *T, def T) *T {
	if (v == nil || *v == def) && rapid.Bool().Draw(t, name+" explicit") {
		if v == nil {
			return &def
		}
		return nil
	}
	return v
}

func TestPropNormalizeMapsEquivalentInputsToOneForm(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := clienttest.Create().Draw(t, "request")
		other := rewrite(t, r)
		if diff := cmp.Diff(r.Normalize(), other.Normalize()); diff != "" {
			t.Fatalf("equivalent inputs normalize differently (-r +rewritten):\n%s", diff)
		}
		if !r.Equivalent(other) || !other.Equivalent(r) {
			t.Fatal("Equivalent is false for equivalent inputs")
		}
	})
}

// TestPropEquivalentSeesDifferences: a change of meaning makes two values
// not Equivalent, so Equivalent is not trivially true.
func TestPropEquivalentSeesDifferences(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := clienttest.Create().Draw(t, "request")
		other := r
		switch rapid.IntRange(0, 4).Draw(t, "change") {
		case 0:
			other.ClientName = client.Ptr(*r.ClientName + "x")
		case 1:
			other.CallbackURLs = append(slices.Clone(r.CallbackURLs), "https://other.example.com/cb")
		case 2:
			other.ExplicitAuthFlows = []string{}
			if r.ExplicitAuthFlows != nil && len(r.ExplicitAuthFlows) == 0 {
				other.ExplicitAuthFlows = nil
			}
		case 3:
			life, _ := r.Lifetimes()
			minutes := int32(life.Access/time.Minute) + 1
			if minutes > 1440 {
				minutes = 5
			}
			other.AccessTokenValidity = client.Ptr(minutes)
			other.TokenValidityUnits = &client.TokenValidityUnits{AccessToken: client.Ptr("minutes")}
			if r.TokenValidityUnits != nil {
				u := *r.TokenValidityUnits
				u.AccessToken = client.Ptr("minutes")
				other.TokenValidityUnits = &u
			}
		default:
			other.EnableTokenRevocation = client.Ptr(r.EnableTokenRevocation != nil && !*r.EnableTokenRevocation)
		}
		if r.Equivalent(other) {
			t.Fatalf("Equivalent is true after a change of meaning:\n%s", cmp.Diff(r, other))
		}
	})
}

// TestPropNormalizeDoesNotAlias mutates every slice and pointer of the
// output and checks that the input did not change.
func TestPropNormalizeDoesNotAlias(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := anyCase().Draw(t, "case")
		snapshot := deepCopy(t, c.value)
		out := c.normalize().value
		switch o := out.(type) {
		case client.CreateRequest:
			scribble(&o.Settings)
			scribbleStr(o.ClientSecret)
			scribbleBool(o.GenerateSecret)
		case client.UpdateRequest:
			scribble(&o.Settings)
			scribbleStr(o.ClientID)
		case client.UserPoolClient:
			scribble(&o.Settings)
			scribbleStr(o.ClientID)
			scribbleStr(o.ClientSecret)
			scribbleStr(o.ClientType)
			for _, d := range []*time.Time{o.CreationDate, o.LastModifiedDate} {
				if d != nil {
					*d = d.Add(time.Hour)
				}
			}
		}
		if diff := cmp.Diff(snapshot, c.value, cmpTimes); diff != "" {
			t.Fatalf("writing to Normalize's result changed its input (-before +after):\n%s", diff)
		}
	})
}

// deepCopy copies one of the three shapes through reflection-free means:
// Normalize is what is under test, so it cannot be used.
func deepCopy(t *rapid.T, v any) any {
	cs := func(s client.Settings) client.Settings {
		out := s
		for _, p := range []**string{&out.UserPoolID, &out.ClientName, &out.DefaultRedirectURI, &out.PreventUserExistenceErrors} {
			*p = clonePtr(*p)
		}
		for _, p := range []**int32{&out.RefreshTokenValidity, &out.AccessTokenValidity, &out.IDTokenValidity, &out.AuthSessionValidity} {
			*p = clonePtr(*p)
		}
		for _, p := range []**bool{&out.AllowedOAuthFlowsUserPoolClient, &out.EnableTokenRevocation, &out.EnablePropagateAdditionalUserContextData} {
			*p = clonePtr(*p)
		}
		for _, l := range []*[]string{&out.ReadAttributes, &out.WriteAttributes, &out.ExplicitAuthFlows, &out.SupportedIdentityProviders,
			&out.CallbackURLs, &out.LogoutURLs, &out.AllowedOAuthFlows, &out.AllowedOAuthScopes} {
			if *l != nil {
				*l = append([]string{}, *l...)
			}
		}
		if u := out.TokenValidityUnits; u != nil {
			out.TokenValidityUnits = &client.TokenValidityUnits{AccessToken: clonePtr(u.AccessToken), IDToken: clonePtr(u.IDToken), RefreshToken: clonePtr(u.RefreshToken)}
		}
		if a := out.AnalyticsConfiguration; a != nil {
			out.AnalyticsConfiguration = &client.AnalyticsConfiguration{ApplicationID: clonePtr(a.ApplicationID), ApplicationARN: clonePtr(a.ApplicationARN),
				RoleARN: clonePtr(a.RoleARN), ExternalID: clonePtr(a.ExternalID), UserDataShared: clonePtr(a.UserDataShared)}
		}
		if r := out.RefreshTokenRotation; r != nil {
			out.RefreshTokenRotation = &client.RefreshTokenRotation{Feature: clonePtr(r.Feature), RetryGracePeriodSeconds: clonePtr(r.RetryGracePeriodSeconds)}
		}
		return out
	}
	switch r := v.(type) {
	case client.CreateRequest:
		return client.CreateRequest{Settings: cs(r.Settings), GenerateSecret: clonePtr(r.GenerateSecret), ClientSecret: clonePtr(r.ClientSecret)}
	case client.UpdateRequest:
		return client.UpdateRequest{Settings: cs(r.Settings), ClientID: clonePtr(r.ClientID)}
	case client.UserPoolClient:
		return client.UserPoolClient{Settings: cs(r.Settings), ClientID: clonePtr(r.ClientID), ClientSecret: clonePtr(r.ClientSecret),
			CreationDate: clonePtr(r.CreationDate), LastModifiedDate: clonePtr(r.LastModifiedDate), ClientType: clonePtr(r.ClientType)}
	}
	t.Fatalf("unknown shape %T", v)
	return nil
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// scribble overwrites every value reachable from s, slice elements
// included, and appends to every list within its capacity.
func scribble(s *client.Settings) {
	for _, p := range []*string{s.UserPoolID, s.ClientName, s.DefaultRedirectURI, s.PreventUserExistenceErrors} {
		scribbleStr(p)
	}
	for _, p := range []*int32{s.RefreshTokenValidity, s.AccessTokenValidity, s.IDTokenValidity, s.AuthSessionValidity} {
		if p != nil {
			*p = -7
		}
	}
	for _, p := range []*bool{s.AllowedOAuthFlowsUserPoolClient, s.EnableTokenRevocation, s.EnablePropagateAdditionalUserContextData} {
		scribbleBool(p)
	}
	for _, l := range [][]string{s.ReadAttributes, s.WriteAttributes, s.ExplicitAuthFlows, s.SupportedIdentityProviders,
		s.CallbackURLs, s.LogoutURLs, s.AllowedOAuthFlows, s.AllowedOAuthScopes} {
		for i := range l {
			l[i] = "scribbled"
		}
		if cap(l) > len(l) {
			_ = append(l, "scribbled past the end")
		}
	}
	if u := s.TokenValidityUnits; u != nil {
		scribbleStr(u.AccessToken)
		scribbleStr(u.IDToken)
		scribbleStr(u.RefreshToken)
	}
	if a := s.AnalyticsConfiguration; a != nil {
		scribbleStr(a.ApplicationID)
		scribbleStr(a.ApplicationARN)
		scribbleStr(a.RoleARN)
		scribbleStr(a.ExternalID)
		scribbleBool(a.UserDataShared)
	}
	if r := s.RefreshTokenRotation; r != nil {
		scribbleStr(r.Feature)
		if r.RetryGracePeriodSeconds != nil {
			*r.RetryGracePeriodSeconds = -7
		}
	}
}

func scribbleStr(p *string) {
	if p != nil {
		*p = "scribbled"
	}
}

func scribbleBool(p *bool) {
	if p != nil {
		*p = !*p
	}
}

// TestPropJSONRoundTrip: encode→decode is lossless for every generated
// value, and for its canonical form.
func TestPropJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := anyCase().Draw(t, "case")
		if slices.Contains(errorIDs(c.check()), client.RuleJSONUTF8) {
			return // invalid UTF-8 cannot be written in JSON: it becomes U+FFFD
		}
		for _, v := range []normalizeCase{c, c.normalize()} {
			data, err := v.encode()
			if err != nil {
				t.Fatal(err)
			}
			var back any
			var vs client.Violations
			switch v.value.(type) {
			case client.CreateRequest:
				back, vs = client.DecodeCreate(data)
			case client.UpdateRequest:
				back, vs = client.DecodeUpdate(data)
			case client.UserPoolClient:
				back, vs = client.DecodeUserPoolClient(data)
			}
			if len(vs) != 0 {
				t.Fatalf("decoding the encoding reports %v\n%s", vs, data)
			}
			if diff := cmp.Diff(v.value, back, cmpTimes); diff != "" {
				t.Fatalf("encode→decode changed the value (-before +after):\n%s", diff)
			}
		}
	})
}
