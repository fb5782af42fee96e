package cfn

import "github.com/cognitokit/appclient/client/cfn/internal/node"

// parse reads a template, JSON or YAML.
func parse(data []byte) (*node.Node, error) { return node.Parse(data) }
