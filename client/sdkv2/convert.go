package sdkv2

// The conversions themselves (FromCreateInput, ToCreateInput, FromUpdateInput,
// ToUpdateInput, FromUserPoolClient, ToUserPoolClient) are generated into
// convert_gen.go, member by member, from the model rows and the SDK's types:
// run go generate ./... here after a change to either. Below are the small
// generic helpers they are made of.

//go:generate go run ./internal/gen

// fromEnums converts a list of SDK enum values to strings, keeping nil and
// unknown values.
func fromEnums[E ~string](list []E) []string {
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

// toEnums converts strings to a list of SDK enum values, keeping nil and
// unknown values.
func toEnums[E ~string](list []string) []E {
	if list == nil {
		return nil
	}
	out := make([]E, len(list))
	for i, v := range list {
		out[i] = E(v)
	}
	return out
}

// nonZero maps a plain SDK value to our presence form: the zero value, which
// the SDK does not send, is absent.
func nonZero[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

// deref maps our presence form to a plain SDK value: absent is the zero
// value.
func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
