package cfn

import (
	"github.com/cognitokit/appclient/client/cfn/internal/node"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzCheck checks that Check never panics, that every finding has a rule
// and, when the template was read, a place, and that no message holds the
// value of a ClientSecret.
func FuzzCheck(f *testing.F) {
	for _, pat := range []string{"*.yaml", "*.json"} {
		files, _ := filepath.Glob(filepath.Join("testdata", "templates", pat))
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rep := Check(data, Options{})
		if rep == nil {
			t.Fatal("Check returned nil")
		}
		root, err := parse(data)
		parsed := err == nil
		var secrets []string
		if parsed && root.Kind == node.Map {
			if rs := root.Get("Resources"); rs != nil {
				for _, p := range rs.Pairs {
					if s := scalarText(p.Value.Get("Properties").Get("ClientSecret")); len(s) >= 8 && !strings.Contains(secretShown, s) {
						secrets = append(secrets, s)
					}
				}
			}
		}
		check := func(f Finding) {
			if f.Rule == "" {
				t.Errorf("finding without a rule: %+v", f)
			}
			if parsed && f.Pos.Line < 1 {
				t.Errorf("finding without a place: %+v", f)
			}
			for _, s := range secrets {
				if strings.Contains(f.Message, s) {
					t.Errorf("a message holds a ClientSecret: %+v", f)
				}
			}
		}
		for _, f := range rep.Template {
			check(f)
		}
		for _, r := range rep.Results {
			for _, f := range r.Findings {
				check(f)
			}
			for _, s := range r.Skipped {
				for _, sec := range secrets {
					if strings.Contains(s.Reason, sec) {
						t.Errorf("a skip reason holds a ClientSecret: %+v", s)
					}
				}
			}
		}
	})
}
