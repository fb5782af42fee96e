package tfplan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTFPath(t *testing.T) {
	got := map[string]string{}
	for _, api := range []string{
		"ClientName", "CallbackURLs", "CallbackURLs[1]", "TokenValidityUnits", "TokenValidityUnits.AccessToken",
		"RefreshTokenRotation.RetryGracePeriodSeconds", "AnalyticsConfiguration.UserDataShared", "ClientId", "", "CallbackURLsX",
	} {
		got[api] = tfPath(api)
	}
	want := map[string]string{
		"ClientName":                     "name",
		"CallbackURLs":                   "callback_urls",
		"CallbackURLs[1]":                "callback_urls[1]",
		"TokenValidityUnits":             "token_validity_units",
		"TokenValidityUnits.AccessToken": "token_validity_units[0].access_token",
		"RefreshTokenRotation.RetryGracePeriodSeconds": "refresh_token_rotation[0].retry_grace_period_seconds",
		"AnalyticsConfiguration.UserDataShared":        "analytics_configuration[0].user_data_shared",
		"ClientId":                                     "",
		"":                                             "",
		"CallbackURLsX":                                "",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tfPath (-want +got):\n%s", diff)
	}
}

func TestModuleCalls(t *testing.T) {
	got := map[string][]string{}
	for _, addr := range []string{
		"", "module.auth", `module.auth["spa"]`, `module.auth["a.b]c"].module.inner[0]`, `module.x["q\"]"].module.y`, "aws_x.y",
	} {
		got[addr] = moduleCalls(addr)
	}
	want := map[string][]string{
		"":                                     nil,
		"module.auth":                          {"auth"},
		`module.auth["spa"]`:                   {"auth"},
		`module.auth["a.b]c"].module.inner[0]`: {"auth", "inner"},
		`module.x["q\"]"].module.y`:            {"x", "y"},
		"aws_x.y":                              nil,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("moduleCalls (-want +got):\n%s", diff)
	}
}

func TestScrubber(t *testing.T) {
	s := newScrubber([]string{"abcdefgh", "abcd", "xy", ""}, minAnywhere)
	got := []string{
		s.scrub(`"abcdefgh" and abcdefghij`),
		s.scrub(`abcd in abcdx`),
		s.scrub(`"xy" but not xyz`),
		newScrubber([]string{"production-secret"}, minVariable).scrub("prod in production"),
		newScrubber([]string{"prod"}, minVariable).scrub(`"prod" but not production`),
		newScrubber([]string{"www", "host"}, minAnywhere).scrubQuoted(`localhost "http://host.example.com" "a\"host"`),
	}
	want := []string{
		`"(a value not shown)" and (a value not shown)ij`,
		`(a value not shown) in (a value not shown)x`,
		`(a value not shown) but not xyz`,
		"prod in production",
		`(a value not shown) but not production`,
		`localhost "http://(a value not shown).example.com" "a\"(a value not shown)"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scrub (-want +got):\n%s", diff)
	}
}
