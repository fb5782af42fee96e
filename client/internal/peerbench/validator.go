package peerbench

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"regexp"

	"github.com/cognitokit/appclient/internal/charclass"
	"github.com/go-playground/validator/v10"
)

// Create and its nested structures, with their validator tags, are generated
// into validator_gen.go by internal/gen from the model rows.

// PatternTags names the validator registered for each model pattern. Each is
// a compiled Go regexp of charclass's RE2 translation, as a validator user
// would write it.
var PatternTags = map[charclass.Class]string{
	charclass.UserPoolID:   "aws_userpoolid",
	charclass.ClientName:   "aws_clientname",
	charclass.WordPlus:     "aws_wordplus",
	charclass.ProviderName: "aws_providername",
	charclass.RedirectURL:  "aws_redirecturl",
	charclass.Scope:        "aws_scope",
	charclass.Hex:          "aws_hex",
	charclass.ARN:          "aws_arn",
}

// NewValidator returns a validator with the pattern validators registered.
func NewValidator() (*validator.Validate, error) {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Report wire names, as appclient does.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := bytes.Cut([]byte(f.Tag.Get("json")), []byte(","))
		return string(name)
	})
	for c, tag := range PatternTags {
		re, err := regexp.Compile(c.RE2())
		if err != nil {
			return nil, err
		}
		if err := v.RegisterValidation(tag, func(fl validator.FieldLevel) bool {
			return re.MatchString(fl.Field().String())
		}); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// ValidatorDecodeValidate is the validator path from bytes to a verdict:
// encoding/json with DisallowUnknownFields (so unknown members are rejected,
// as appclient and the schema do), then Struct.
func ValidatorDecodeValidate(v *validator.Validate, data []byte) error {
	var c Create
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&c); err != nil {
		return err
	}
	if d.More() {
		return errors.New("data after the top-level value")
	}
	return v.Struct(&c)
}
