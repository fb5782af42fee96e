// Package gclplugin registers the appclient analyzer as a golangci-lint
// module plugin, under the name "appclient". Import it from the
// .custom-gcl.yml that golangci-lint custom builds:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/cognitokit/appclient/cmd/appclientvet
//	    import: github.com/cognitokit/appclient/cmd/appclientvet/gclplugin
//	    version: <the version you use>
//
// and enable it in .golangci.yml as a custom linter of type module. Its one
// setting, warnings (default true), is the analyzer's -warnings flag.
package gclplugin

import (
	"strconv"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/cognitokit/appclient/cmd/appclientvet/appclientvet"
)

func init() { register.Plugin("appclient", New) }

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Warnings reports warnings as well as errors; nil means true.
	Warnings *bool `json:"warnings"`
}

// New returns the plugin for settings, which golangci-lint decodes from
// .golangci.yml; an unknown setting is an error.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, err
	}
	return plugin{s}, nil
}

type plugin struct{ s Settings }

// BuildAnalyzers returns the appclient analyzer, with the settings applied
// to its flags.
func (p plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	w := true
	if p.s.Warnings != nil {
		w = *p.s.Warnings
	}
	if err := appclientvet.Analyzer.Flags.Set("warnings", strconv.FormatBool(w)); err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{appclientvet.Analyzer}, nil
}

// GetLoadMode says that the analyzer needs type information.
func (plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
