package cfn

import (
	"strings"

	"github.com/cognitokit/appclient/client/cfn/internal/node"
)

// tmpl is a template read for checking: its sections, and the values given
// for its parameters.
type tmpl struct {
	root       *node.Node
	resources  *node.Node
	mappings   *node.Node
	conditions *node.Node
	params     []*param
	opts       Options
}

// param is one parameter of the template, and the values a check tries.
type param struct {
	name   string
	noEcho bool
	list   bool // CommaDelimitedList or List<...>: the value is a list
	// known says that Options gives the value, in value.
	known bool
	value string
	// cands are the values tried when the value is not known: each of
	// AllowedValues, or the Default alone (then open is true).
	cands []string
	open  bool
	// reason says why the value is unknown when there is no candidate.
	reason string
}

func newTemplate(root *node.Node, opts Options) *tmpl {
	t := &tmpl{
		root:       root,
		resources:  root.Get("Resources"),
		mappings:   root.Get("Mappings"),
		conditions: root.Get("Conditions"),
		opts:       opts,
	}
	if ps := root.Get("Parameters"); ps != nil && ps.Kind == node.Map {
		for _, pair := range ps.Pairs {
			t.params = append(t.params, newParam(pair.Key, pair.Value, opts))
		}
	}
	return t
}

func newParam(name string, n *node.Node, opts Options) *param {
	p := &param{name: name}
	typ := scalarText(n.Get("Type"))
	p.list = typ == "CommaDelimitedList" || strings.HasPrefix(typ, "List<")
	if ne := n.Get("NoEcho"); ne != nil && (ne.Kind == node.Bool || ne.Kind == node.String) && strings.EqualFold(ne.Text, "true") {
		p.noEcho = true
	}
	if v, ok := opts.Parameters[name]; ok {
		p.known, p.value = true, v
		return p
	}
	if strings.HasPrefix(typ, "AWS::SSM::Parameter::Value<") {
		p.reason = "parameter " + name + " is read from SSM Parameter Store at deploy"
		return p
	}
	if av := n.Get("AllowedValues"); av != nil && av.Kind == node.List && len(av.Items) > 0 {
		for _, it := range av.Items {
			if isScalar(it) {
				p.cands = append(p.cands, it.Text)
			}
		}
		if len(p.cands) > 0 {
			return p
		}
	}
	if d := n.Get("Default"); d != nil && isScalar(d) {
		p.cands, p.open = []string{d.Text}, true
		return p
	}
	if d := n.Get("Default"); d != nil && d.Kind == node.List && p.list {
		// A YAML list as a list parameter's Default: read it as the
		// comma-separated text CloudFormation expects.
		var parts []string
		for _, it := range d.Items {
			if !isScalar(it) {
				parts = nil
				break
			}
			parts = append(parts, it.Text)
		}
		if parts != nil {
			p.cands, p.open = []string{strings.Join(parts, ",")}, true
			return p
		}
	}
	p.reason = "parameter " + name + " has no Default"
	return p
}

func (t *tmpl) param(name string) *param {
	for _, p := range t.params {
		if p.name == name {
			return p
		}
	}
	return nil
}

// resource returns the resource named name, or nil.
func (t *tmpl) resource(name string) *node.Node {
	if t.resources == nil || t.resources.Kind != node.Map {
		return nil
	}
	return t.resources.Get(name)
}

func (t *tmpl) condition(name string) *node.Node {
	if t.conditions == nil || t.conditions.Kind != node.Map {
		return nil
	}
	return t.conditions.Get(name)
}

// pseudo are the pseudo parameters; AWS::NoValue is handled apart.
var pseudo = []string{"AWS::AccountId", "AWS::NotificationARNs", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix"}

func isPseudo(name string) bool {
	for _, p := range pseudo {
		if p == name {
			return true
		}
	}
	return false
}

func isScalar(n *node.Node) bool {
	return n != nil && (n.Kind == node.String || n.Kind == node.Number || n.Kind == node.Bool)
}

func scalarText(n *node.Node) string {
	if isScalar(n) {
		return n.Text
	}
	return ""
}

// function returns the intrinsic function a map is, and its argument: a map
// with the one key Ref or Fn::something. It returns "" otherwise.
func function(n *node.Node) (string, *node.Node) {
	if n == nil || n.Kind != node.Map || len(n.Pairs) != 1 {
		return "", nil
	}
	k := n.Pairs[0].Key
	if k == "Ref" || strings.HasPrefix(k, "Fn::") {
		return k, n.Pairs[0].Value
	}
	return "", nil
}

// typeOf returns a resource's Type, or "".
func typeOf(res *node.Node) string {
	t := res.Get("Type")
	if t != nil && t.Kind == node.String {
		return t.Text
	}
	return ""
}
