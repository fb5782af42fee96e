// Package spec holds the per-member limits of the AWS model for the app client
// shapes as plain data, in one place: lengths, ranges, item counts, patterns,
// enums and which members each operation has.
//
// The values are read from the Smithy model of the Amazon Cognito user pools
// API (cognito-identity-provider 2016-04-18). A drift test compares them with
// the pinned copy of the model bounds in testdata/model/bounds.json.
//
// The shapes themselves are generated from that file (model_gen.go):
// go generate ./... rewrites them.
package spec

//go:generate go run ../gen

import (
	"strings"

	"github.com/cognitokit/appclient/internal/charclass"
)

// Kind is the Smithy type of a shape.
type Kind uint8

// The shape kinds used by the app client shapes.
const (
	String Kind = iota + 1
	Integer
	Boolean
	Enum
	List
	Structure
	Timestamp
)

var kindNames = [...]string{"", "string", "integer", "boolean", "enum", "list", "structure", "timestamp"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// NoLimit marks a Min or Max that the model does not set.
const NoLimit = -1

// Shape is one model shape and its constraints.
//
// Min and Max are the @length trait of a string (counted in Unicode code
// points), the @range trait of an integer, or the @length trait of a list
// (counted in items). NoLimit means the model sets no bound.
type Shape struct {
	Name      string
	Kind      Kind
	Min, Max  int64
	Pattern   charclass.Class
	Enum      []string
	Item      *Shape   // the member shape of a list
	Members   []Member // the members of a structure, in model order
	Sensitive bool     // the @sensitive trait: never echo the value
}

// Member is one member of a structure.
type Member struct {
	Name     string // the AWS wire name
	Shape    *Shape
	Required bool
}

// Roots are the three top-level shapes: the CreateUserPoolClient and
// UpdateUserPoolClient inputs and the UserPoolClientType they return.
func Roots() []*Shape {
	return []*Shape{CreateUserPoolClientRequest, UpdateUserPoolClientRequest, UserPoolClientType}
}

// Shapes lists every shape reachable from the roots, roots included, once each.
func Shapes() []*Shape {
	var out []*Shape
	seen := map[*Shape]bool{}
	var walk func(s *Shape)
	walk = func(s *Shape) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		out = append(out, s)
		walk(s.Item)
		for _, m := range s.Members {
			walk(m.Shape)
		}
	}
	for _, r := range Roots() {
		walk(r)
	}
	return out
}

// Lookup finds the member of s named exactly name.
func (s *Shape) Lookup(name string) (Member, bool) {
	for _, m := range s.Members {
		if m.Name == name {
			return m, true
		}
	}
	return Member{}, false
}

// GoName returns the Go name of an AWS member or shape name: the words Id,
// Arn, Url and Uri become initialisms (UserPoolId → UserPoolID, RoleArn →
// RoleARN, RedirectUrlType → RedirectURLType) and the rest is kept. Package
// client names its struct fields so, and the code generators rely on it.
func GoName(aws string) string {
	var b strings.Builder
	for i := 0; i < len(aws); {
		word := false
		for _, w := range [...]struct{ from, to string }{{"Id", "ID"}, {"Arn", "ARN"}, {"Url", "URL"}, {"Uri", "URI"}} {
			end := i + len(w.from)
			if strings.HasPrefix(aws[i:], w.from) && (end == len(aws) || aws[end] >= 'A' && aws[end] <= 'Z') {
				b.WriteString(w.to)
				i = end
				word = true
				break
			}
		}
		if !word {
			b.WriteByte(aws[i])
			i++
		}
	}
	return b.String()
}
