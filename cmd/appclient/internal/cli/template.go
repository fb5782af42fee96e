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
	pl := func(p cfn.Pos) place { return place{p.Line, p.Column, p.Offset} }
	var items []iacItem
	if len(rep.Template) > 0 || len(rep.Results) == 0 {
		it := iacItem{op: client.Create}
		for _, f := range rep.Template {
			it.finds = append(it.finds, iacFinding{f.Violation, f.Field, pl(f.Pos)})
		}
		if len(rep.Results) == 0 && len(it.finds) == 0 {
			it.note = "no AWS::Cognito::UserPoolClient resource in the template"
		}
		items = append(items, it)
	}
	for _, r := range rep.Results {
		it := iacItem{res: true, label: "Resources." + r.Resource, resource: r.Resource, cdk: r.CDKPath, op: client.Create, pos: pl(r.Pos)}
		for _, f := range r.Findings {
			it.finds = append(it.finds, iacFinding{f.Violation, f.Field, pl(f.Pos)})
		}
		for _, s := range r.Skipped {
			it.skipped = append(it.skipped, iacSkip{s.Skipped, s.Field, pl(s.Pos)})
		}
		items = append(items, it)
	}
	v.iac(i, name, data, iacInput{later: "at deploy"}, items)
}

// jsonSkipped is one entry of a template result's "skipped" list.
type jsonSkipped struct {
	Field  string   `json:"field"`
	Reason string   `json:"reason"`
	Rules  []string `json:"rules"`
	Line   int      `json:"line,omitempty"`
	Column int      `json:"column,omitempty"`
}
