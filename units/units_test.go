package units_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/cognitokit/appclient/units"
)

func TestKnownAndSize(t *testing.T) {
	tests := []struct {
		unit  string
		size  int64
		known bool
	}{
		{"seconds", 1, true},
		{"minutes", 60, true},
		{"hours", 3600, true},
		{"days", 86400, true},
		{"Hours", 0, false},
		{"HOURS", 0, false},
		{"hour", 0, false},
		{"weeks", 0, false},
		{"", 0, false},
		{" days", 0, false},
	}
	for _, tt := range tests {
		size, ok := units.Size(tt.unit)
		type result struct {
			Size      int64
			Ok, Known bool
		}
		want := result{tt.size, tt.known, tt.known}
		got := result{size, ok, units.Known(tt.unit)}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("unit %q (-want +got):\n%s", tt.unit, diff)
		}
	}
}

func TestUnitsFresh(t *testing.T) {
	want := []string{"seconds", "minutes", "hours", "days"}
	got := units.Units()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Units() (-want +got):\n%s", diff)
	}
	got[0] = "mutated"
	if diff := cmp.Diff(want, units.Units()); diff != "" {
		t.Errorf("Units() shares its backing array (-want +got):\n%s", diff)
	}
}

func TestTokenFacts(t *testing.T) {
	type facts struct {
		String, Member, UnitMember, DefaultUnit string
		Default, Min, Max                       int64
	}
	get := func(tok units.Token) facts {
		lo, hi := tok.Bounds()
		return facts{tok.String(), tok.Member(), tok.UnitMember(), tok.DefaultUnit(), tok.Default(), lo, hi}
	}
	tests := []struct {
		tok  units.Token
		want facts
	}{
		{units.AccessToken, facts{"access token", "AccessTokenValidity", "AccessToken", "hours", 3600, 300, 86400}},
		{units.IDToken, facts{"ID token", "IdTokenValidity", "IdToken", "hours", 3600, 300, 86400}},
		{units.RefreshToken, facts{"refresh token", "RefreshTokenValidity", "RefreshToken", "days", 2592000, 3600, 315360000}},
		{units.Token(0), facts{String: "Token(0)"}},
		{units.Token(4), facts{String: "Token(4)"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, get(tt.tok)); diff != "" {
			t.Errorf("%d (-want +got):\n%s", uint8(tt.tok), diff)
		}
	}
}

// inBounds is what package client does: Lifetime, then compare with Bounds.
func inBounds(tok units.Token, value int64, unit string) bool {
	s, ok := units.Lifetime(value, unit)
	lo, hi := tok.Bounds()
	return ok && s >= lo && s <= hi
}

func TestBoundsWithLifetime(t *testing.T) {
	acc, id, ref := units.AccessToken, units.IDToken, units.RefreshToken
	tests := []struct {
		tok   units.Token
		value int64
		unit  string
		want  bool
	}{
		// Access and ID tokens: 5 minutes .. 1 day.
		{acc, 299, "seconds", false},
		{acc, 300, "seconds", true},
		{acc, 301, "seconds", true},
		{acc, 86399, "seconds", true},
		{acc, 86400, "seconds", true},
		{acc, 86401, "seconds", false},
		{acc, 4, "minutes", false},
		{acc, 5, "minutes", true},
		{acc, 1440, "minutes", true},
		{acc, 1441, "minutes", false},
		{acc, 0, "hours", false},
		{acc, 1, "hours", true},
		{acc, 24, "hours", true},
		{acc, 25, "hours", false},
		{acc, 60, "hours", false}, // 60 minutes read as 60 hours when the unit changes (API_TokenValidityUnitsType: the value is in the unit given)
		{acc, 0, "days", false},
		{acc, 1, "days", true},
		{acc, 2, "days", false},
		{id, 299, "seconds", false},
		{id, 5, "minutes", true},
		{id, 24, "hours", true},
		{id, 1441, "minutes", false},
		{id, 48, "hours", false},
		// Refresh tokens: 60 minutes .. 3650 days.
		{ref, 3599, "seconds", false},
		{ref, 3600, "seconds", true},
		{ref, 315360000, "seconds", true},
		{ref, 315360001, "seconds", false},
		{ref, 59, "minutes", false},
		{ref, 60, "minutes", true},
		{ref, 5256000, "minutes", true},
		{ref, 5256001, "minutes", false},
		{ref, 1, "hours", true},
		{ref, 87600, "hours", true},
		{ref, 87601, "hours", false},
		{ref, 87624, "hours", false},
		{ref, 1, "days", true},
		{ref, 3650, "days", true},
		{ref, 3651, "days", false},
		{ref, 36500, "days", false},
		{ref, 43200, "days", false},
		// Huge and negative values never wrap into range.
		{acc, 2147483647, "days", false},
		{ref, 2147483647, "days", false},
		{ref, math.MaxInt64, "days", false},
		{ref, math.MaxInt64, "seconds", false},
		{acc, math.MinInt64, "days", false},
		{acc, -1, "hours", false},
		{ref, -3650, "days", false},
		// Unknown units are never in range.
		{acc, 1, "Hours", false},
		{ref, 30, "", false},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, inBounds(tt.tok, tt.value, tt.unit)); diff != "" {
			t.Errorf("%v %d %s (-want +got):\n%s", tt.tok, tt.value, tt.unit, diff)
		}
	}
}

func TestLifetime(t *testing.T) {
	type result struct {
		Seconds int64
		Ok      bool
	}
	tests := []struct {
		value int64
		unit  string
		want  result
	}{
		{5, "minutes", result{300, true}},
		{24, "hours", result{86400, true}},
		{3650, "days", result{315360000, true}},
		{0, "days", result{0, true}},
		{-2, "hours", result{-7200, true}},
		{2147483647, "days", result{185542587100800, true}},
		{math.MaxInt64, "seconds", result{math.MaxInt64, true}},
		{math.MaxInt64, "minutes", result{math.MaxInt64, true}},
		{math.MaxInt64 / 86400, "days", result{math.MaxInt64 / 86400 * 86400, true}},
		{math.MaxInt64/86400 + 1, "days", result{math.MaxInt64, true}},
		{math.MinInt64 / 60, "minutes", result{math.MinInt64 / 60 * 60, true}},
		{math.MinInt64/60 - 1, "minutes", result{math.MinInt64, true}},
		{math.MinInt64, "days", result{math.MinInt64, true}},
		{1, "weeks", result{0, false}},
		{1, "Days", result{0, false}},
	}
	for _, tt := range tests {
		s, ok := units.Lifetime(tt.value, tt.unit)
		if diff := cmp.Diff(tt.want, result{s, ok}); diff != "" {
			t.Errorf("Lifetime(%d, %q) (-want +got):\n%s", tt.value, tt.unit, diff)
		}
	}
}

func TestLargest(t *testing.T) {
	type result struct {
		Value int64
		Unit  string
	}
	tests := []struct {
		seconds int64
		want    result
	}{
		{0, result{0, "seconds"}},
		{1, result{1, "seconds"}},
		{59, result{59, "seconds"}},
		{60, result{1, "minutes"}},
		{300, result{5, "minutes"}},
		{3600, result{1, "hours"}}, // 60 minutes -> 1 hour
		{5400, result{90, "minutes"}},
		{86400, result{1, "days"}},
		{86460, result{1441, "minutes"}},
		{315360000, result{3650, "days"}},
		{-7200, result{-2, "hours"}},
		{math.MaxInt64, result{math.MaxInt64, "seconds"}},
		{math.MinInt64, result{math.MinInt64, "seconds"}},
	}
	for _, tt := range tests {
		v, u := units.Largest(tt.seconds)
		if diff := cmp.Diff(tt.want, result{v, u}); diff != "" {
			t.Errorf("Largest(%d) (-want +got):\n%s", tt.seconds, diff)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		value int64
		unit  string
		want  string
	}{
		{60, "hours", "60 hours"},
		{1, "hours", "1 hour"},
		{1, "days", "1 day"},
		{1, "minutes", "1 minute"},
		{1, "seconds", "1 second"},
		{90, "minutes", "90 minutes"},
		{0, "days", "0 days"},
		{-1, "hours", "-1 hour"},
		{-5, "days", "-5 days"},
		{2, "seconds", "2 seconds"},
		{5, "Hours", `5 "Hours"`},
		{5, "", `5 ""`},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, units.Format(tt.value, tt.unit)); diff != "" {
			t.Errorf("Format(%d, %q) (-want +got):\n%s", tt.value, tt.unit, diff)
		}
	}
}

func TestFormatSeconds(t *testing.T) {
	tests := []struct {
		seconds int64
		want    string
	}{
		{86400, "1 day"},
		{5400, "90 minutes"},
		{300, "5 minutes"},
		{299, "299 seconds"},
		{3600, "1 hour"},
		{315360000, "3650 days"},
		{0, "0 seconds"},
		{1, "1 second"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, units.FormatSeconds(tt.seconds)); diff != "" {
			t.Errorf("FormatSeconds(%d) (-want +got):\n%s", tt.seconds, diff)
		}
	}
}

func TestAuthSessionAndRefreshZero(t *testing.T) {
	type consts struct {
		Min, Max, Default int
		RefreshZero       bool
	}
	want := consts{3, 15, 3, true}
	got := consts{units.AuthSessionMin, units.AuthSessionMax, units.AuthSessionDefault, units.RefreshZeroMeansDefault}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func genUnit() *rapid.Generator[string] {
	return rapid.SampledFrom(units.Units())
}

func TestPropertyLargestRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.Int64().Draw(t, "value")
		u := genUnit().Draw(t, "unit")
		s, ok := units.Lifetime(v, u)
		if !ok {
			t.Fatalf("Lifetime(%d, %q) not ok", v, u)
		}
		lv, lu := units.Largest(s)
		back, ok := units.Lifetime(lv, lu)
		if !ok || back != s {
			t.Fatalf("Lifetime(Largest(%d)) = %d, %v (Largest = %d %s)", s, back, ok, lv, lu)
		}
		// Largest is largest: the next bigger unit does not divide exactly.
		size, _ := units.Size(lu)
		if s != 0 {
			for _, bigger := range units.Units() {
				bs, _ := units.Size(bigger)
				if bs > size && s%bs == 0 {
					t.Fatalf("Largest(%d) = %d %s, but %s divides it", s, lv, lu, bigger)
				}
			}
		}
	})
}

func TestPropertyLargestRoundTripSeconds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.Int64().Draw(t, "seconds")
		v, u := units.Largest(s)
		back, ok := units.Lifetime(v, u)
		if !ok || back != s {
			t.Fatalf("Lifetime(Largest(%d)) = %d, %v", s, back, ok)
		}
	})
}

func TestPropertyLifetimeMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		u := genUnit().Draw(t, "unit")
		a := rapid.Int64().Draw(t, "a")
		b := rapid.Int64().Draw(t, "b")
		if a > b {
			a, b = b, a
		}
		la, _ := units.Lifetime(a, u)
		lb, _ := units.Lifetime(b, u)
		if la > lb {
			t.Fatalf("not monotone: Lifetime(%d)=%d > Lifetime(%d)=%d (%s)", a, la, b, lb, u)
		}
		// No wrap: the sign is preserved.
		if (a > 0 && la <= 0) || (a < 0 && la >= 0) || (a == 0 && la != 0) {
			t.Fatalf("Lifetime(%d, %s) = %d changes sign", a, u, la)
		}
		// Exact when it fits.
		size, _ := units.Size(u)
		if a <= math.MaxInt64/size && a >= math.MinInt64/size && la != a*size {
			t.Fatalf("Lifetime(%d, %s) = %d, want %d", a, u, la, a*size)
		}
	})
}

func TestPropertyNoWrapIntoBounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tok := rapid.SampledFrom([]units.Token{units.AccessToken, units.IDToken, units.RefreshToken}).Draw(t, "token")
		u := genUnit().Draw(t, "unit")
		v := rapid.OneOf(rapid.Int64(), rapid.Int64Range(-1<<40, 1<<40)).Draw(t, "value")
		size, _ := units.Size(u)
		lo, hi := tok.Bounds()
		// Reference computed without overflow: v within the bounds' range in units.
		want := v >= (lo+size-1)/size && v <= hi/size
		if got := inBounds(tok, v, u); got != want {
			t.Fatalf("inBounds(%v, %d, %s) = %v, want %v", tok, v, u, got, want)
		}
	})
}

func TestAllocs(t *testing.T) {
	var sink int64
	var ok bool
	unit := "days"
	tests := []struct {
		name string
		f    func()
	}{
		{"Lifetime", func() { sink, ok = units.Lifetime(2147483647, unit) }},
		{"Lifetime unknown", func() { sink, ok = units.Lifetime(1, "weeks") }},
		{"Known", func() { ok = units.Known(unit) }},
		{"Size", func() { sink, ok = units.Size(unit) }},
		{"Largest", func() { sink, unit = units.Largest(315360000) }},
		{"Bounds", func() { sink, _ = units.RefreshToken.Bounds() }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.f); n != 0 {
			t.Errorf("%s: %v allocs per run, want 0", tt.name, n)
		}
	}
	_, _ = sink, ok
}
