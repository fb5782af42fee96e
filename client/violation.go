package client

import (
	"strings"
)

// Severity says what a violation means.
type Severity uint8

const (
	// Error means AWS rejects the configuration.
	Error Severity = iota + 1
	// Warning means AWS accepts the configuration, but it is risky or
	// deprecated, or AWS's verdict depends on user pool state that an offline
	// check cannot see.
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "unknown"
}

// MarshalText makes a Severity encode as its name in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// RuleID is a rule's stable identifier, such as "model.length". IDs never
// change meaning; a rule that is retired keeps its ID unused.
type RuleID string

// Violation is one broken rule. It is comparable.
type Violation struct {
	// Path is the member in AWS wire names: "ClientName", "CallbackURLs[2]",
	// "TokenValidityUnits.AccessToken". It is empty for the whole document.
	Path     string
	Rule     RuleID
	Severity Severity
	// Message says what must hold, in lowercase, without the path. It never
	// contains the value of a ClientSecret or a ClientId.
	Message string
}

// String formats v as "PATH: MESSAGE [RULE]", with "warning: " before the
// message of a warning.
func (v Violation) String() string {
	var b strings.Builder
	if v.Path != "" {
		b.WriteString(v.Path)
		b.WriteString(": ")
	}
	if v.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(v.Message)
	b.WriteString(" [")
	b.WriteString(string(v.Rule))
	b.WriteString("]")
	return b.String()
}

// Violations is every violation found, in a deterministic order. It is an
// error; use Err to get a nil error when there is none.
type Violations []Violation

// Err says whether AWS would reject what vs was found in: it returns nil
// when no violation is an error (warnings alone do not fail), and otherwise
// the errors, as Violations. This is what Validate and UnmarshalJSON return;
// warnings stay available in vs.
func (vs Violations) Err() error {
	if !vs.HasErrors() {
		return nil
	}
	return vs.OnlyErrors()
}

// Error lists the violations, one per line.
func (vs Violations) Error() string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(v.String())
	}
	return b.String()
}

// OnlyErrors returns the violations whose severity is Error.
func (vs Violations) OnlyErrors() Violations { return vs.filter(Error) }

// OnlyWarnings returns the violations whose severity is Warning.
func (vs Violations) OnlyWarnings() Violations { return vs.filter(Warning) }

// HasErrors reports whether some violation has severity Error: whether AWS
// would reject the configuration.
func (vs Violations) HasErrors() bool {
	for _, v := range vs {
		if v.Severity == Error {
			return true
		}
	}
	return false
}

func (vs Violations) filter(s Severity) Violations {
	var out Violations
	for _, v := range vs {
		if v.Severity == s {
			out = append(out, v)
		}
	}
	return out
}
