package cli

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn"
	"github.com/cognitokit/appclient/internal/jsonlex"
	"github.com/cognitokit/appclient/internal/pathname"
)

// Templates: validate reads a CloudFormation, SAM or CDK template (a file
// with a top-level Resources, AWSTemplateFormatVersion or Transform, in JSON
// or YAML) as what it is, and a directory as the *.template.json files
// under it (a cdk.out folder, nested stacks and stages included). The
// reader, client/cfn, finds each AWS::Cognito::UserPoolClient and checks it
// with what the template knows; this file only writes what it finds.

// expandDirs replaces each directory in names by the *.template.json files
// under it, in lexical order. A directory without one is an error.
func expandDirs(names []string) ([]string, error) {
	var out []string
	for _, name := range names {
		if name == "-" {
			out = append(out, name)
			continue
		}
		info, err := os.Stat(name)
		if err != nil || !info.IsDir() {
			out = append(out, name) // reading it says what is wrong
			continue
		}
		n := len(out)
		err = filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".template.json") {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, errors.New(pathname.Text(name) + ": " + readError(err))
		}
		if len(out) == n {
			return nil, errors.New(pathname.Text(name) + ": is a directory with no *.template.json file (give a template, or a cdk.out folder)")
		}
	}
	return out, nil
}

// paramFlag collects the repeatable --parameters flag: Key=Value, or a FILE
// holding the AWS CLI's [{"ParameterKey": K, "ParameterValue": V}, ...] or
// one Key=Value per line.
type paramFlag []string

func (p *paramFlag) String() string { return strings.Join(*p, ",") }

func (p *paramFlag) Set(v string) error {
	*p = append(*p, v)
	return nil
}

// load returns the parameter values the flags give.
func (p paramFlag) load(max int64) (map[string]string, error) {
	if len(p) == 0 {
		return nil, nil
	}
	values := map[string]string{}
	for _, arg := range p {
		if k, v, ok := strings.Cut(arg, "="); ok && !fileExists(arg) {
			if k == "" {
				return nil, errors.New("--parameters " + pathname.Text(arg) + ": the parameter name before = is empty")
			}
			values[k] = v
			continue
		}
		data, err := readLimited(arg, nil, max)
		if err != nil {
			return nil, errors.New("--parameters " + pathname.Text(arg) + ": " + readError(err))
		}
		if err := parseParameters(data, values); err != nil {
			return nil, errors.New("--parameters " + pathname.Text(arg) + ": " + err.Error())
		}
	}
	return values, nil
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// parseParameters reads a parameters file into values.
func parseParameters(data []byte, values map[string]string) error {
	text := strings.TrimSpace(strings.TrimPrefix(string(data), "\ufeff"))
	if strings.HasPrefix(text, "[") {
		var list []struct {
			ParameterKey     *string
			ParameterValue   *string
			UsePreviousValue bool
		}
		if err := json.Unmarshal([]byte(text), &list); err != nil {
			return errors.New(`must be a JSON list of {"ParameterKey": K, "ParameterValue": V}, as the AWS CLI takes: ` + err.Error())
		}
		for i, p := range list {
			at := "item " + strconv.Itoa(i)
			switch {
			case p.ParameterKey == nil || *p.ParameterKey == "":
				return errors.New(at + ": ParameterKey is required")
			case p.UsePreviousValue:
				continue // the previous value is not known here
			case p.ParameterValue == nil:
				return errors.New(at + ": ParameterValue is required unless UsePreviousValue is true")
			}
			values[*p.ParameterKey] = *p.ParameterValue
		}
		return nil
	}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || k == "" {
			return errors.New("line " + strconv.Itoa(i+1) + ": must be Key=Value")
		}
		values[k] = v
	}
	return nil
}

// template writes what the reader finds in the template data, the i-th
// result of the call, read from the file name.
func (v *validator) template(i int, name string, data []byte) {
	rep := cfn.Check(data, cfn.Options{Parameters: v.params})
	type item struct {
		res    *cfn.Result // nil for the template's own findings
		finds  []cfn.Finding
		errors bool
	}
	var items []item
	if len(rep.Template) > 0 || len(rep.Results) == 0 {
		items = append(items, item{finds: rep.Template})
	}
	for j := range rep.Results {
		items = append(items, item{res: &rep.Results[j], finds: rep.Results[j].Findings})
	}
	for _, it := range items {
		vs := make(client.Violations, len(it.finds))
		for k, f := range it.finds {
			vs[k] = f.Violation
		}
		v.invalid(vs)
	}
	switch {
	case v.sarif != nil:
		for _, it := range items {
			v.sarif.templateResults(name, data, it.res, it.finds)
		}
	case v.json:
		for k, it := range items {
			r := jsonResult{File: name, Op: client.Create.String(), Valid: true, Violations: []jsonViolation{}}
			if it.res != nil {
				r.Resource, r.CDKPath = it.res.Resource, it.res.CDKPath
				r.Skipped = []jsonSkipped{}
				for _, s := range it.res.Skipped {
					rules := make([]string, len(s.Rules))
					for n, id := range s.Rules {
						rules[n] = string(id)
					}
					r.Skipped = append(r.Skipped, jsonSkipped{Field: s.Field, Reason: s.Reason, Rules: rules, Line: s.Pos.Line, Column: s.Pos.Column})
				}
			} else if len(rep.Results) == 0 && len(it.finds) == 0 {
				r.Note = "no AWS::Cognito::UserPoolClient resource in the template"
			}
			for _, f := range it.finds {
				if f.Severity == client.Error {
					r.Valid = false
				}
				r.Violations = append(r.Violations, jsonViolation{Field: f.Field, Rule: string(f.Rule), Severity: f.Severity.String(),
					Message: f.Message, Line: f.Pos.Line, Column: f.Pos.Column})
			}
			v.result(i+k, r)
		}
	default:
		file := pathname.Text(name)
		for _, it := range items {
			for _, f := range it.finds {
				v.out.WriteString(at(file, f.Pos))
				if f.Field != "" {
					v.out.WriteString(pathname.Text(f.Field))
					if it.res != nil && it.res.CDKPath != "" {
						v.out.WriteString(" (" + pathname.Text(it.res.CDKPath) + ")")
					}
					v.out.WriteString(": ")
				}
				if f.Severity == client.Warning {
					v.out.WriteString("warning: ")
				}
				v.out.WriteString(f.Message + " [" + string(f.Rule) + "]\n")
			}
			if it.res == nil {
				if len(rep.Results) == 0 && len(it.finds) == 0 {
					v.out.WriteString(file + ": note: no AWS::Cognito::UserPoolClient resource in the template\n")
				}
				continue
			}
			v.skipped(file, it.res)
		}
	}
}

// skipped writes what was not checked in res: each unknown value and its
// rules with --explain-skipped, a count otherwise.
func (v *validator) skipped(file string, res *cfn.Result) {
	n := 0
	for _, s := range res.Skipped {
		n += len(s.Rules)
	}
	if n == 0 {
		return
	}
	resource := "Resources." + pathname.Text(res.Resource)
	cdk := ""
	if res.CDKPath != "" {
		cdk = " (" + pathname.Text(res.CDKPath) + ")"
	}
	if !v.explain {
		v.out.WriteString(at(file, res.Pos) + resource + cdk + ": note: " + strconv.Itoa(n) + " checks not applied to values known only at deploy (--explain-skipped lists them)\n")
		return
	}
	for _, s := range res.Skipped {
		if len(s.Rules) == 0 {
			continue
		}
		rules := make([]string, len(s.Rules))
		for k, id := range s.Rules {
			rules[k] = string(id)
		}
		v.out.WriteString(at(file, s.Pos) + pathname.Text(s.Field) + cdk + ": note: not checked, " + s.Reason + ": " + strings.Join(rules, ", ") + "\n")
	}
}

// at returns "FILE:LINE:COL: ", or "FILE: " without a position.
func at(file string, p cfn.Pos) string {
	if p.Line <= 0 {
		return file + ": "
	}
	return file + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) + ": "
}

// jsonSkipped is one entry of a template result's "skipped" list.
type jsonSkipped struct {
	Field  string   `json:"field"`
	Reason string   `json:"reason"`
	Rules  []string `json:"rules"`
	Line   int      `json:"line,omitempty"`
	Column int      `json:"column,omitempty"`
}

// templateResults records the findings of one resource (res, or nil for
// the template's own findings) of the template data read from name, at
// their lines and columns (SARIF counts columns in UTF-16 code units, the
// reader code points: the column is counted again from the offset, by the
// one function that counts them for JSON input too).
func (s *sarifWriter) templateResults(name string, data []byte, res *cfn.Result, finds []cfn.Finding) {
	run := &s.log.Runs[0]
	for _, f := range finds {
		text := f.Message
		if f.Field != "" {
			text = f.Field + ": " + text
		}
		if res != nil && res.CDKPath != "" {
			text += " (construct " + res.CDKPath + ")"
		}
		idx, ok := s.ruleIndex[f.Rule]
		if !ok {
			idx = -1
		}
		r := sarifResult{RuleID: string(f.Rule), RuleIndex: idx, Level: sarifLevel(f.Severity), Message: sarifMessage{Text: text}}
		if name != "-" {
			loc := sarifPhysical{ArtifactLocation: sarifArtifact{URI: artifactURI(name)}}
			// A finding with no place of its own (a YAML error libyaml
			// gives no line for) is at the start of the file, as for JSON.
			loc.Region = &sarifRegion{StartLine: 1, StartColumn: 1}
			if f.Pos.Line > 0 {
				loc.Region = &sarifRegion{StartLine: f.Pos.Line, StartColumn: jsonlex.Position(data, f.Pos.Offset).UTF16Column}
			}
			r.Locations = []sarifLocation{{PhysicalLocation: &loc}}
		}
		run.Results = append(run.Results, r)
	}
}
