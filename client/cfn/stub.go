// Package cfn: temporary stand-in for the reader's API while it is built on
// branch eval; removed when that branch is merged.
package cfn

import "github.com/cognitokit/appclient/client"

type Options struct{ Parameters map[string]string }
type Report struct {
	Results  []Result
	Template []Finding
}
type Result struct {
	Resource string
	CDKPath  string
	Pos      Pos
	Findings []Finding
	Skipped  []Skip
	Cases    int
}
type Finding struct {
	client.Violation
	Field string
	Pos   Pos
}
type Skip struct {
	client.Skipped
	Field string
	Pos   Pos
}
type Pos struct{ Line, Column int }
type Kind int

const (
	NotTemplate Kind = iota
	Template
	Resource
	Properties
)

func Check(data []byte, opts Options) *Report { return &Report{} }
func Rules() []client.Rule                     { return nil }
func Detect(data []byte) Kind                  { return NotTemplate }
