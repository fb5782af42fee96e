package client

import (
	"reflect"
	"testing"
)

// TestEqualComparesEveryMember changes one member of Settings at a time
// (found by reflection, so a member added later is covered too) and expects
// equal to see the difference.
func TestEqualComparesEveryMember(t *testing.T) {
	base := Settings{
		UserPoolID: Ptr("us-east-1_A"), ClientName: Ptr("n"), RefreshTokenValidity: Ptr[int32](30),
		AccessTokenValidity: Ptr[int32](1), IDTokenValidity: Ptr[int32](1),
		TokenValidityUnits: &TokenValidityUnits{AccessToken: Ptr("hours"), IDToken: Ptr("hours"), RefreshToken: Ptr("days")},
		ReadAttributes:     []string{"a"}, WriteAttributes: []string{"a"}, ExplicitAuthFlows: []string{"a"},
		SupportedIdentityProviders: []string{"a"}, CallbackURLs: []string{"a"}, LogoutURLs: []string{"a"},
		DefaultRedirectURI: Ptr("a"), AllowedOAuthFlows: []string{"a"}, AllowedOAuthScopes: []string{"a"},
		AllowedOAuthFlowsUserPoolClient: Ptr(true),
		AnalyticsConfiguration: &AnalyticsConfiguration{ApplicationID: Ptr("a"), ApplicationARN: Ptr("a"),
			RoleARN: Ptr("a"), ExternalID: Ptr("a"), UserDataShared: Ptr(true)},
		PreventUserExistenceErrors: Ptr("ENABLED"), EnableTokenRevocation: Ptr(true),
		EnablePropagateAdditionalUserContextData: Ptr(true), AuthSessionValidity: Ptr[int32](3),
		RefreshTokenRotation: &RefreshTokenRotation{Feature: Ptr("ENABLED"), RetryGracePeriodSeconds: Ptr[int32](1)},
	}
	if !base.equal(&base) {
		t.Fatal("equal(s, s) is false")
	}
	typ := reflect.TypeOf(base)
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		for _, change := range changesOf(reflect.ValueOf(base).Field(i)) {
			o := base
			reflect.ValueOf(&o).Elem().Field(i).Set(change)
			if base.equal(&o) {
				t.Errorf("equal does not see a change of %s to %v", f.Name, change)
			}
		}
	}
}

// changesOf returns values that differ from v: absent, and for a structure
// each of its members changed.
func changesOf(v reflect.Value) []reflect.Value {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return []reflect.Value{reflect.New(v.Type().Elem())} // a member base leaves out: present
	}
	out := []reflect.Value{reflect.Zero(v.Type())}
	switch {
	case v.Kind() == reflect.Slice:
		out = append(out, reflect.ValueOf([]string{}), reflect.Append(v, reflect.ValueOf("b")))
	case v.Elem().Kind() == reflect.Struct:
		for j := 0; j < v.Elem().NumField(); j++ {
			for _, c := range changesOf(v.Elem().Field(j)) {
				cp := reflect.New(v.Elem().Type())
				cp.Elem().Set(v.Elem())
				cp.Elem().Field(j).Set(c)
				out = append(out, cp)
			}
		}
	default:
		nv := reflect.New(v.Elem().Type())
		switch e := v.Elem(); e.Kind() {
		case reflect.String:
			nv.Elem().SetString(e.String() + "x")
		case reflect.Int32:
			nv.Elem().SetInt(e.Int() + 1)
		case reflect.Bool:
			nv.Elem().SetBool(!e.Bool())
		}
		out = append(out, nv)
	}
	return out
}
