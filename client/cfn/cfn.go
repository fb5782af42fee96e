// Package cfn reads AWS::Cognito::UserPoolClient resources from a
// CloudFormation template (JSON or YAML, SAM and CDK output included) and
// checks each with the core's rules, with partial knowledge: a value that
// CloudFormation knows only at deploy time (a Ref to a resource, an
// Fn::GetAtt, a dynamic reference) is unknown, and the rules that read it are
// skipped and listed; a parameter's values and a condition's outcomes are
// enumerated as cases, and a finding that rests on one names it.
//
// The template is read as CloudFormation reads it
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html):
// the 23 properties have the API members' names; integers and booleans may
// be written as strings, as cfn-lint accepts them. ClientName may be absent:
// CloudFormation then makes a valid name. When UserPoolId is a Ref to an
// AWS::Cognito::UserPool of the same template, its value is an ID Cognito
// makes, valid by construction (so nothing is skipped for it), and the pool's schema,
// feature plan, identity providers and resource servers, as far as the
// template writes them literally, are the pool facts of the check.
//
// # Cases
//
// For each client, the reader finds the parameters and conditions its
// properties and its own Condition depend on (through Ref, Fn::Sub,
// Fn::FindInMap keys and Fn::If, and the conditions' own expressions). A
// parameter given in Options is known. Otherwise each of its AllowedValues is
// a case (a closed assumption), or its Default is (an open one: the deployer
// may choose another value); a parameter with neither, or of an
// AWS::SSM::Parameter::Value type, is unknown. Conditions are evaluated in
// each case; one that depends on something unknown (a pseudo parameter, a
// parameter without a Default) is assumed true in one case and false in
// another. A case in which the client's own Condition is false is dropped.
// At most 64 cases are checked (cfn.too-many-cases). Each assumption lists
// the members and list items whose values rest on it, and the core
// (client.CheckCases) makes a finding that rests on an assumption a warning
// that names it.
//
// # Rules
//
// Besides the core's rules, the reader has its own, the cfn family (Rules):
// cfn.syntax, cfn.not-template, cfn.unknown-property, cfn.read-only (a
// ClientSecret's value is never printed), cfn.type, cfn.schema-minimum,
// cfn.function, cfn.not-evaluated and cfn.too-many-cases.
package cfn

import (
	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn/internal/node"
)

// Options are the values a template's check may use besides the template.
type Options struct {
	// Parameters are values for the template's parameters (from
	// --parameters), and optionally pseudo parameters such as
	// "AWS::Region": with a value, they are known.
	Parameters map[string]string
}

// Report is what Check finds in one template.
type Report struct {
	// Results holds one result per AWS::Cognito::UserPoolClient resource,
	// in template order.
	Results []Result
	// Template holds the findings about the whole template: a parse
	// error, a transform or Fn::ForEach not evaluated, an input that is
	// not a whole template.
	Template []Finding
}

// Result is the check of one AWS::Cognito::UserPoolClient resource.
type Result struct {
	Resource string // the logical ID
	// CDKPath is the construct path from the resource's Metadata
	// "aws:cdk:path", without the final "/Resource" of a construct's L1
	// resource ("Auth/Pool/Web"), or "".
	CDKPath string
	Pos     Pos // where the resource's logical ID key is
	// Findings are the reader's findings (cfn rules) first, then the
	// core's merged violations.
	Findings []Finding
	// Skipped is what was not checked, and why.
	Skipped []Skip
	// Cases is how many cases (combinations of parameter values and
	// condition outcomes) were checked.
	Cases int
}

// Finding is one violation, with where the template writes it.
type Finding struct {
	// Violation is the finding. Its Path is the API member path
	// ("CallbackURLs[1]"), or "" for a finding about the template or the
	// resource as a whole.
	client.Violation
	// Field is the full template path:
	// "Resources.WebClient.Properties.CallbackURLs[1]".
	Field string
	// Pos is where the value starts, or where the nearest enclosing node
	// that exists starts when the value is absent.
	Pos Pos
}

// Skip is one member or list item not checked, with where the template
// writes it.
type Skip struct {
	client.Skipped
	Field string // as in Finding
	Pos   Pos    // as in Finding
}

// Pos is a place in the template: 1-based line and column, the column in
// Unicode code points. The zero Pos means no place is known.
type Pos struct {
	Line, Column int
	Offset       int // bytes from the start of the template
}

func posOf(p node.Pos) Pos { return Pos{Line: p.Line, Column: p.Column, Offset: p.Offset} }

// Kind is what Detect makes of an input.
type Kind int

const (
	// NotTemplate is an input that is none of the others, such as the
	// JSON of an API request.
	NotTemplate Kind = iota
	// Template is a CloudFormation template: a map with Resources,
	// AWSTemplateFormatVersion or Transform at the top.
	Template
	// Resource is one AWS::Cognito::UserPoolClient resource (a map with
	// Type and Properties), or a map holding one such resource.
	Resource
	// Properties is a resource's Properties block alone.
	Properties
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Template:
		return "template"
	case Resource:
		return "resource"
	case Properties:
		return "properties"
	}
	return "not a template"
}

// clientType is the resource type the reader checks.
const clientType = "AWS::Cognito::UserPoolClient"

// Detect says whether data is a CloudFormation template, a lone
// UserPoolClient resource or Properties block, or none of these. Input that
// is not JSON and cannot be read as YAML is taken for a template, so that
// Check reports where the YAML goes wrong.
func Detect(data []byte) Kind {
	root, err := parse(data)
	if err != nil && !isJSON(data) {
		// Not JSON, so not the API's input either: YAML that cannot be
		// read, which Check reports at its line (cfn.syntax).
		return Template
	}
	if err != nil || root == nil || root.Kind != node.Map {
		return NotTemplate
	}
	return detect(root, data)
}

func detect(root *node.Node, data []byte) Kind {
	if root.Kind != node.Map {
		return NotTemplate
	}
	if root.Get("Resources") != nil || root.Get("AWSTemplateFormatVersion") != nil || root.Get("Transform") != nil {
		return Template
	}
	if isClientResource(root) {
		return Resource
	}
	if len(root.Pairs) == 1 && isClientResource(root.Pairs[0].Value) {
		return Resource
	}
	if len(root.Pairs) == 0 {
		return NotTemplate
	}
	// A Properties block: property names (a misspelt one among them is
	// still one), and an intrinsic function as some property's value,
	// or YAML, which the API input never is.
	intrinsic, known := false, 0
	for _, p := range root.Pairs {
		if lookupProp(p.Key) != nil {
			known++
			if fn, _ := function(p.Value); fn != "" {
				intrinsic = true
			}
		}
	}
	if intrinsic || !isJSON(data) && 2*known >= len(root.Pairs) {
		return Properties
	}
	return NotTemplate
}

func isClientResource(n *node.Node) bool {
	t := n.Get("Type")
	return t != nil && t.Kind == node.String && t.Text == clientType
}

// isJSON reports whether data starts, after white space and a byte order
// mark, with "{" or "[".
func isJSON(data []byte) bool {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		// UTF-16, which neither a template nor JSON may be: JSON when
		// its first character but spaces is, so that a request saved
		// as UTF-16 is not taken for a template.
		hi := data[0] == 0xFE // big-endian
		for i := 2; i+1 < len(data); i += 2 {
			c, z := data[i], data[i+1]
			if hi {
				c, z = z, c
			}
			if z != 0 {
				return false
			}
			switch c {
			case ' ', '\t', '\r', '\n':
				continue
			}
			return c == '{' || c == '['
		}
		return false
	}
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			continue
		case 0xEF:
			if i+2 < len(data) && data[i+1] == 0xBB && data[i+2] == 0xBF {
				i += 2
				continue
			}
		case '{', '[':
			return true
		}
		return false
	}
	return false
}
