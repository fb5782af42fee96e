package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The namespace of the Amazon Cognito user pools API in the Smithy model.
const namespace = "com.amazonaws.cognitoidentityprovider#"

type smithyShape struct {
	Type    string                     `json:"type"`
	Traits  map[string]json.RawMessage `json:"traits"`
	Member  *smithyMember              `json:"member"`
	Members orderedMembers             `json:"members"`
}

type smithyMember struct {
	Target string                     `json:"target"`
	Traits map[string]json.RawMessage `json:"traits"`
}

// orderedMembers keeps the members of a shape in the order the model lists
// them, which is the order AWS documents and the order we check.
type orderedMembers struct {
	names []string
	byKey map[string]smithyMember
}

func (o *orderedMembers) UnmarshalJSON(data []byte) error {
	if err := json.Unmarshal(data, &o.byKey); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		o.names = append(o.names, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return err
		}
	}
	return nil
}

// refresh rewrites testdata/model/bounds.json from a Smithy JSON model: the
// three roots' members and every shape they reach, with their bounds. What
// the model cannot say is kept from the old file: the source's repository,
// its commit (replaced by commit when given, and dropped, with a note, when
// the model file changed without one), and the notes on changes taken from
// elsewhere. A member the old file has and the model lacks is refused unless
// allowRemovals: AWS does not remove members, so it means the model is older
// than a change the file records.
func refresh(root, file, commit string, allowRemovals bool) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	out, err := extract(data, filepath.Base(file))
	if err != nil {
		return err
	}
	path := filepath.Join(root, "testdata", "model", "bounds.json")
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, notes, err := keepFromOld(old, out, commit, allowRemovals)
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintln(os.Stderr, "gen:", n)
	}
	return os.WriteFile(path, out, 0o644)
}

// keepFromOld returns the new bounds.json text with what refresh keeps from
// the old one, and notes on what it could not keep.
func keepFromOld(old, fresh []byte, commit string, allowRemovals bool) ([]byte, []string, error) {
	type file struct {
		Source map[string]any              `json:"source"`
		Roots  map[string][]map[string]any `json:"roots"`
	}
	var was, now file
	if err := json.Unmarshal(old, &was); err != nil {
		return nil, nil, fmt.Errorf("bounds.json: %v", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(fresh, &doc); err != nil {
		return nil, nil, err
	}
	if err := json.Unmarshal(fresh, &now); err != nil {
		return nil, nil, err
	}
	var gone []string
	for _, root := range sortedKeys(was.Roots) {
		have := map[any]bool{}
		for _, m := range now.Roots[root] {
			have[m["name"]] = true
		}
		for _, m := range was.Roots[root] {
			if !have[m["name"]] {
				gone = append(gone, fmt.Sprintf("%s.%v", root, m["name"]))
			}
		}
	}
	if len(gone) > 0 && !allowRemovals {
		return nil, nil, fmt.Errorf("the model lacks %s, which bounds.json has (see its source.changes): "+
			"use a newer model, or pass -allow-removals if AWS did remove them", strings.Join(gone, ", "))
	}
	var notes []string
	source := now.Source
	for _, k := range []string{"repo", "changes"} {
		if v, ok := was.Source[k]; ok {
			source[k] = v
		}
	}
	switch {
	case commit != "":
		source["commit"] = commit
	case was.Source["commit"] != nil && was.Source["file_sha256"] == source["file_sha256"]:
		source["commit"] = was.Source["commit"]
	case was.Source["commit"] != nil:
		notes = append(notes, "the model file changed: source.commit dropped (pass -commit with the commit it comes from)")
	}
	doc["source"] = source
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), notes, nil
}

// extract builds the bounds.json text from the Smithy model in data.
func extract(data []byte, name string) ([]byte, error) {
	var model struct {
		Shapes map[string]smithyShape `json:"shapes"`
	}
	if err := json.Unmarshal(data, &model); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	sum := sha256.Sum256(data)
	type row = map[string]any
	members := func(s smithyShape) []row {
		var out []row
		for _, n := range s.Members.names {
			x := s.Members.byKey[n]
			_, required := x.Traits["smithy.api#required"]
			out = append(out, row{"name": n, "target": strings.TrimPrefix(x.Target, namespace), "required": required})
		}
		return out
	}
	roots := row{}
	shapes := row{}
	var walk func(name string) error
	walk = func(name string) error {
		if _, done := shapes[name]; done {
			return nil
		}
		s, ok := model.Shapes[namespace+name]
		if !ok {
			return fmt.Errorf("%s: no shape %s", name, name)
		}
		r := row{"type": s.Type}
		for _, c := range []struct{ trait, kind string }{{"smithy.api#length", "length"}, {"smithy.api#range", "range"}} {
			raw, ok := s.Traits[c.trait]
			if !ok {
				continue
			}
			var b struct{ Min, Max *int64 }
			if err := json.Unmarshal(raw, &b); err != nil {
				return fmt.Errorf("%s: %s: %v", name, c.trait, err)
			}
			r["constraint"] = c.kind
			if s.Type == "list" {
				r["constraint"] = "count"
			}
			if b.Min != nil {
				r["min"] = *b.Min
			}
			if b.Max != nil {
				r["max"] = *b.Max
			}
		}
		if raw, ok := s.Traits["smithy.api#pattern"]; ok {
			var p string
			if err := json.Unmarshal(raw, &p); err != nil {
				return err
			}
			r["pattern"] = p
		}
		if _, ok := s.Traits["smithy.api#sensitive"]; ok {
			r["sensitive"] = true
		}
		if raw, ok := s.Traits["smithy.api#default"]; ok {
			r["default"] = raw
		}
		shapes[name] = r
		switch s.Type {
		case "enum":
			var values []string
			names := map[string]string{}
			for _, n := range s.Members.names {
				var v string
				if raw, ok := s.Members.byKey[n].Traits["smithy.api#enumValue"]; ok {
					if err := json.Unmarshal(raw, &v); err != nil {
						return err
					}
				} else {
					v = n
				}
				values = append(values, v)
				if v != n {
					names[n] = v
				}
			}
			r["enum"] = values
			if len(names) > 0 {
				r["enum_member_names"] = names
			}
		case "list":
			if s.Member == nil {
				return fmt.Errorf("%s: a list without a member", name)
			}
			target := strings.TrimPrefix(s.Member.Target, namespace)
			r["member"] = target
			return walk(target)
		case "structure":
			r["members"] = members(s)
			for _, n := range s.Members.names {
				if err := walk(strings.TrimPrefix(s.Members.byKey[n].Target, namespace)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for _, rt := range roots0() {
		s, ok := model.Shapes[namespace+rt]
		if !ok {
			return nil, fmt.Errorf("%s: no root %s", name, rt)
		}
		roots[rt] = members(s)
		for _, n := range s.Members.names {
			if err := walk(strings.TrimPrefix(s.Members.byKey[n].Target, namespace)); err != nil {
				return nil, err
			}
		}
	}
	for _, k := range sortedKeys(shapes) {
		if strings.HasPrefix(k, "smithy.api#") {
			delete(shapes, k)
		}
	}
	doc := map[string]any{
		"source": map[string]any{"path": name, "file_sha256": hex.EncodeToString(sum[:])},
		"roots":  roots,
		"shapes": shapes,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func roots0() []string {
	var out []string
	for _, r := range roots {
		out = append(out, r.model)
	}
	sort.Strings(out)
	return out
}
