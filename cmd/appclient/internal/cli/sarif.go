package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/internal/pathname"
)

// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html):
// validate --format sarif writes one log with one run. The run lists every
// rule of allRules() in catalogue order, and one result per violation,
// files in the order given. Each result of a file read from disk points at
// the member's line and column, as client.Document.Position finds them while
// decoding; standard input has no location. A file that cannot be read is a
// toolExecutionNotifications entry of the run's invocation, whose
// executionSuccessful is then false. Nothing in the log depends on the time
// or the machine, so the same input gives the same bytes.
const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/cognitokit/appclient"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	// ColumnKind is written although utf16CodeUnits is SARIF's default, so
	// that a reader need not know the default.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	ShortDescription     sarifMessage   `json:"shortDescription"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Family    string `json:"family"`
	Exception string `json:"exception"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation *sarifPhysical `json:"physicalLocation,omitempty"`
	// LogicalLocations name what a finding in a plan is about: the
	// resource instance and attribute (a plan has no source lines).
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// sarifWriter gathers the run of validate --format sarif.
type sarifWriter struct {
	log       sarifLog
	ruleIndex map[client.RuleID]int
}

func newSARIF() *sarifWriter {
	rules := allRules()
	s := &sarifWriter{ruleIndex: make(map[client.RuleID]int, len(rules))}
	driver := sarifDriver{Name: "appclient", InformationURI: toolURI, Rules: make([]sarifRule, len(rules))}
	for i, r := range rules {
		s.ruleIndex[r.ID] = i
		driver.Rules[i] = sarifRule{
			ID:                   string(r.ID),
			ShortDescription:     sarifMessage{Text: r.Doc},
			HelpURI:              r.Source,
			DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
			Properties:           sarifRuleProps{Family: r.Family(), Exception: r.Exception},
		}
	}
	s.log = sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{{
		Tool:        sarifTool{Driver: driver},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
		ColumnKind:  "utf16CodeUnits",
		Results:     []sarifResult{},
	}}}
	return s
}

func sarifLevel(s client.Severity) string {
	if s == client.Warning {
		return "warning"
	}
	return "error"
}

// artifactURI returns the URI reference of a file name as given: a relative
// reference for a relative name (slashes, percent-encoded as a URI needs),
// a file: URI for an absolute one.
func artifactURI(name string) string {
	p := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		if p[0] != '/' {
			p = "/" + p // a Windows drive letter
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// unreadable records a file that could not be read.
func (s *sarifWriter) unreadable(name, reason string) {
	inv := &s.log.Runs[0].Invocations[0]
	inv.ExecutionSuccessful = false
	n := sarifNotification{Level: "error", Message: sarifMessage{Text: name + ": " + reason}}
	if name != "-" {
		n.Locations = []sarifLocation{{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifact{URI: artifactURI(name)}}}}
	}
	inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
}

// results records the violations of doc, read from the file name; a file
// read from disk gives each its line and column.
func (s *sarifWriter) results(name string, doc *client.Document) {
	run := &s.log.Runs[0]
	for i, v := range doc.Violations {
		text := v.Message
		if v.Path != "" {
			text = v.Path + ": " + text
		}
		idx, ok := s.ruleIndex[v.Rule]
		if !ok {
			idx = -1 // unreachable: every rule ID is in the catalogue
		}
		r := sarifResult{RuleID: string(v.Rule), RuleIndex: idx, Level: sarifLevel(v.Severity), Message: sarifMessage{Text: text}}
		if name != "-" {
			pos := doc.Position(i)
			r.Locations = []sarifLocation{{PhysicalLocation: &sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: artifactURI(name)},
				Region:           &sarifRegion{StartLine: pos.Line, StartColumn: pos.UTF16Column},
			}}}
		}
		run.Results = append(run.Results, r)
	}
}

// write writes the log as indented JSON and a newline.
func (s *sarifWriter) write(w io.Writer) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s.log); err != nil {
		// Unreachable: every field is a string, a number, a bool or a
		// list or struct of those.
		panic(err)
	}
	w.Write(pathname.JSON(buf.Bytes()))
}
