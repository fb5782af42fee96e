package gclplugin_test

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/cognitokit/appclient/cmd/appclientvet/appclientvet"
	_ "github.com/cognitokit/appclient/cmd/appclientvet/gclplugin"
)

// TestPlugin loads the plugin as golangci-lint does: by name, with the
// settings of .golangci.yml.
func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin("appclient")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { appclientvet.Analyzer.Flags.Set("warnings", "true") })
	for _, tc := range []struct {
		settings any
		warnings string
	}{
		{nil, "true"},
		{map[string]any{}, "true"},
		{map[string]any{"warnings": false}, "false"},
		{map[string]any{"warnings": true}, "true"},
	} {
		p, err := newPlugin(tc.settings)
		if err != nil {
			t.Fatalf("settings %v: %v", tc.settings, err)
		}
		as, err := p.BuildAnalyzers()
		if err != nil || len(as) != 1 || as[0] != appclientvet.Analyzer {
			t.Fatalf("settings %v: BuildAnalyzers = %v, %v; want the appclient analyzer", tc.settings, as, err)
		}
		if got := as[0].Flags.Lookup("warnings").Value.String(); got != tc.warnings {
			t.Errorf("settings %v: -warnings=%s, want %s", tc.settings, got, tc.warnings)
		}
		if p.GetLoadMode() != register.LoadModeTypesInfo {
			t.Errorf("load mode %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
		}
	}
	if _, err := newPlugin(map[string]any{"warning": false}); err == nil {
		t.Error("an unknown setting was accepted")
	}
}
