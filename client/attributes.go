package client

// Rule IDs of the attributes family: ReadAttributes and WriteAttributes, as
// far as they can be judged without the pool's schema (the pool family
// judges them against it).
const (
	RuleAttributesWriteEmailVerified RuleID = "attributes.write-email-verified"
)

// emailVerified is the standard attribute that Amazon Cognito sets when a
// user verifies the email address; app clients can read it, never write it.
const emailVerified = "email_verified"

// attributesRules is the attributes family, in catalogue order.
//
// phone_number_verified has no rule: it has not been seen failing in
// WriteAttributes, and a warning on a guess by analogy would be noise on
// configurations AWS may well accept.
var attributesRules = []Rule{
	{
		ID: RuleAttributesWriteEmailVerified, Severity: Error,
		// AWS would never have stored such a client, so a description that
		// holds it was edited, and fails as the desired state of an
		// UpdateUserPoolClient: it is an error on every op.
		Doc:       "WriteAttributes must not include email_verified: app clients can never write it, although describe-user-pool lists it as mutable (CreateUserPoolClient, WriteAttributes; seen failing as \"Invalid write attributes specified while creating a client\" and \"… while updating a client\"). phone_number_verified has never been seen failing there, so it is not reported.",
		Source:    srcCreate,
		Exception: "InvalidParameterException",
		Members:   []string{"WriteAttributes"},
		itemwise:  true,
		check: func(p *pass) {
			for i, a := range p.WriteAttributes {
				if a == emailVerified {
					p.reportAt("WriteAttributes", i,
						`Invalid write attributes specified: app clients cannot write "email_verified" (Amazon Cognito sets it when the user verifies the address), although the pool's schema lists it as mutable`)
				}
			}
		},
	},
}
