package cli

import (
	"bufio"
	"encoding/json"
	"flag"
	"io"
	"strings"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/cfn"
	"github.com/cognitokit/appclient/client/tfplan"
)

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text, markdown or json")
	rest, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if msg, ok := oneOf("format", *format, "text", "markdown", "json"); !ok {
		return usageError(stderr, "rules: "+msg)
	}
	if len(rest) > 0 {
		return usageError(stderr, "rules: unexpected argument "+quote(rest[0]))
	}
	w := bufio.NewWriter(stdout)
	switch *format {
	case "markdown":
		w.WriteString(RulesMarkdown())
	case "json":
		writeRulesJSON(w)
	default:
		writeRulesText(w)
	}
	w.Flush()
	return exitOK
}

// writeRulesText writes each rule as a heading line and indented details,
// with a blank line between rules.
func writeRulesText(w *bufio.Writer) {
	for i, r := range allRules() {
		if i > 0 {
			w.WriteByte('\n')
		}
		w.WriteString(string(r.ID) + " (" + r.Severity.String() + ", family " + r.Family() + ")\n")
		w.WriteString("  " + r.Doc + "\n")
		w.WriteString("  source: " + r.Source + "\n")
		w.WriteString("  aws answer: " + r.Exception + "\n")
	}
}

type jsonRule struct {
	ID        string `json:"id"`
	Severity  string `json:"severity"`
	Family    string `json:"family"`
	Doc       string `json:"doc"`
	Source    string `json:"source"`
	Exception string `json:"exception"`
}

func writeRulesJSON(w io.Writer) {
	rules := allRules()
	out := struct {
		Rules []jsonRule `json:"rules"`
	}{Rules: make([]jsonRule, len(rules))}
	for i, r := range rules {
		out.Rules[i] = jsonRule{string(r.ID), r.Severity.String(), r.Family(), r.Doc, r.Source, r.Exception}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		// Unreachable: every field is a string.
		panic(err)
	}
}

// RulesMarkdown returns the rule catalogue as Markdown: a "### family"
// heading and a table per family, families and rules in catalogue order.
// README.md holds it between the markers <!-- rules:start --> and
// <!-- rules:end -->.
func RulesMarkdown() string {
	rules := allRules()
	var families []string
	for _, r := range rules {
		if !contains(families, r.Family()) {
			families = append(families, r.Family())
		}
	}
	var b strings.Builder
	for i, f := range families {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("### " + f + "\n\n")
		b.WriteString("| Rule | Severity | What must hold (AWS source) | AWS answer |\n")
		b.WriteString("| --- | --- | --- | --- |\n")
		for _, r := range rules {
			if r.Family() != f {
				continue
			}
			b.WriteString("| `" + string(r.ID) + "` | " + r.Severity.String() + " | " + cell(r.Doc))
			if r.Source != "" {
				b.WriteString(" ([" + linkText(r.Source) + "](" + r.Source + "))")
			}
			b.WriteString(" | " + cell(r.Exception) + " |\n")
		}
	}
	return b.String()
}

// cell makes s safe inside a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

// linkText names a source address by its last path element, without
// ".html": "API_CreateUserPoolClient", "rfc8259".
func linkText(addr string) string {
	s := strings.TrimSuffix(addr, "/")
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSuffix(s, ".html")
	if s == "" {
		return "source"
	}
	return cell(strings.NewReplacer("[", "", "]", "").Replace(s))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// allRules is every rule the command reports: the engine's catalogue, then
// the CloudFormation reader's own rules, then the Terraform plan reader's.
func allRules() []client.Rule {
	return append(append(client.Rules(), cfn.Rules()...), tfplan.Rules()...)
}
